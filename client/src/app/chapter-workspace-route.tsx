import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Outlet, useMatches, useOutletContext, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/ui/loading';
import { useCurrentUser } from '../features/auth/api';
import { lazyPage, type PreloadHandle } from './preload';
import { RoleNotice } from './role-notice';

const WorkspaceLayout = lazyPage(
  () => import('../features/workspace/components/workspace-layout'),
  (m) => m.WorkspaceLayout,
);
/** For the route: the layout's code is fetched while the session is checked. */
export const workspaceHandle: PreloadHandle = { preload: WorkspaceLayout.preload };
const NotFoundPage = lazy(() =>
  import('./not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

/**
 * Starts loading the open page's code at once: rendered only inside the lazy layout, it would
 * otherwise wait for the layout's code to arrive first. Asking again is free.
 */
function usePreloadPage() {
  const matches = useMatches();
  return () => {
    for (const match of matches) {
      const handle = match.handle as Partial<PreloadHandle> | undefined;
      // A failure shows where the page itself renders (the route's error element).
      handle?.preload?.().catch(() => undefined);
    }
  };
}

/** What every workspace page is handed: the chapter it works on and what the user may do. */
export interface WorkspaceContext {
  chapterId: number;
  canExport: boolean;
}

const PICKED_KEY = 'shopfloor.workspaceChapter';

/** An admin's chosen chapter, kept for this browser tab. */
function usePickedChapter() {
  const [picked, setPicked] = useState<number | null>(() => {
    try {
      const n = Number(sessionStorage.getItem(PICKED_KEY));
      return Number.isInteger(n) && n > 0 ? n : null;
    } catch {
      return null;
    }
  });
  const pick = (chapterId: number) => {
    setPicked(chapterId);
    try {
      sessionStorage.setItem(PICKED_KEY, String(chapterId));
    } catch {
      // Without storage the choice lasts until the page is reloaded.
    }
  };
  return [picked, pick] as const;
}

/** The chapter workspace for its committee, and for admins on the chapter they pick. */
export function ChapterWorkspaceRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [picked, pick] = usePickedChapter();
  const preloadPage = usePreloadPage();
  if (user.role !== 'chapter' && user.role !== 'admin') return <RoleNotice page="chapter" />;
  preloadPage();
  const isAdmin = user.role === 'admin';
  const chapterId = isAdmin ? picked : user.chapterId;
  return (
    <WorkspaceLayout chapterId={chapterId} onPickChapter={isAdmin ? pick : undefined}>
      {chapterId !== null && (
        <Suspense fallback={<Loading label={t('app.loadingPage')} />}>
          <Outlet context={{ chapterId, canExport: !isAdmin } satisfies WorkspaceContext} />
        </Suspense>
      )}
    </WorkspaceLayout>
  );
}

/** Hands a workspace page its chapter, from the workspace route above it. */
export function InChapter({ render }: { render: (context: WorkspaceContext) => ReactNode }) {
  return <>{render(useOutletContext<WorkspaceContext>())}</>;
}

/** A page for one record by its id in the address; anything but a positive id is "not found". */
export function WithId({
  render,
}: {
  render: (id: number, context: WorkspaceContext) => ReactNode;
}) {
  const context = useOutletContext<WorkspaceContext>();
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return <>{render(id, context)}</>;
}
