import { Navigate, type RouteObject } from 'react-router';
import {
  ChapterWorkspaceRoute,
  InChapter,
  WithId,
  workspaceHandle,
} from './chapter-workspace-route';
import { meHandle, MeRoute } from './me-route';
import { lazyPage, type PreloadHandle } from './preload';

// Each page's code is also asked for ahead of rendering (through the route's handle): when the
// address is opened, while the session is checked; in the app, together with the layout's.
const WorkplacesPage = lazyPage(
  () => import('../features/workspace/components/workplaces-page'),
  (m) => m.WorkplacesPage,
);
const WorkplacePage = lazyPage(
  () => import('../features/workspace/components/workplace-page'),
  (m) => m.WorkplacePage,
);
const MembersPage = lazyPage(
  () => import('../features/workspace/components/members-page'),
  (m) => m.MembersPage,
);
const MemberPage = lazyPage(
  () => import('../features/workspace/components/member-page'),
  (m) => m.MemberPage,
);
const ImportPage = lazyPage(
  () => import('../features/workspace/components/import-page'),
  (m) => m.ImportPage,
);
const AuditPage = lazyPage(
  () => import('../features/workspace/components/audit-page'),
  (m) => m.AuditPage,
);

/** The chapter workspace under /chapter, and a member's own page at /me. */
export const workspaceRoutes: RouteObject[] = [
  {
    path: 'chapter',
    handle: workspaceHandle,
    element: <ChapterWorkspaceRoute />,
    children: [
      { index: true, element: <Navigate to="workplaces" replace /> },
      {
        path: 'workplaces',
        handle: { preload: WorkplacesPage.preload } satisfies PreloadHandle,
        element: <InChapter render={(c) => <WorkplacesPage chapterId={c.chapterId} />} />,
      },
      {
        path: 'workplaces/:id',
        handle: { preload: WorkplacePage.preload } satisfies PreloadHandle,
        element: <WithId render={(id) => <WorkplacePage key={id} workplaceId={id} />} />,
      },
      {
        path: 'members',
        handle: { preload: MembersPage.preload } satisfies PreloadHandle,
        element: <InChapter render={(c) => <MembersPage chapterId={c.chapterId} />} />,
      },
      {
        path: 'members/:id',
        handle: { preload: MemberPage.preload } satisfies PreloadHandle,
        element: (
          <WithId
            render={(id, c) => <MemberPage key={id} chapterId={c.chapterId} memberId={id} />}
          />
        ),
      },
      {
        path: 'import',
        handle: { preload: ImportPage.preload } satisfies PreloadHandle,
        element: (
          <InChapter
            render={(c) => <ImportPage chapterId={c.chapterId} canExport={c.canExport} />}
          />
        ),
      },
      {
        path: 'audit',
        handle: { preload: AuditPage.preload } satisfies PreloadHandle,
        element: <InChapter render={(c) => <AuditPage chapterId={c.chapterId} />} />,
      },
    ],
  },
  { path: 'me', handle: meHandle, element: <MeRoute /> },
];
