import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { ChapterWorkspaceRoute, InChapter, WithId } from './chapter-workspace-route';
import { MeRoute } from './me-route';

const WorkplacesPage = lazy(() =>
  import('../features/workspace/components/workplaces-page').then((m) => ({
    default: m.WorkplacesPage,
  })),
);
const WorkplacePage = lazy(() =>
  import('../features/workspace/components/workplace-page').then((m) => ({
    default: m.WorkplacePage,
  })),
);
const MembersPage = lazy(() =>
  import('../features/workspace/components/members-page').then((m) => ({
    default: m.MembersPage,
  })),
);
const MemberPage = lazy(() =>
  import('../features/workspace/components/member-page').then((m) => ({
    default: m.MemberPage,
  })),
);
const ImportPage = lazy(() =>
  import('../features/workspace/components/import-page').then((m) => ({
    default: m.ImportPage,
  })),
);
const AuditPage = lazy(() =>
  import('../features/workspace/components/audit-page').then((m) => ({ default: m.AuditPage })),
);

/** The chapter workspace under /chapter, and a member's own page at /me. */
export const workspaceRoutes: RouteObject[] = [
  {
    path: 'chapter',
    element: <ChapterWorkspaceRoute />,
    children: [
      { index: true, element: <Navigate to="workplaces" replace /> },
      {
        path: 'workplaces',
        element: <InChapter render={(c) => <WorkplacesPage chapterId={c.chapterId} />} />,
      },
      {
        path: 'workplaces/:id',
        element: <WithId render={(id) => <WorkplacePage key={id} workplaceId={id} />} />,
      },
      {
        path: 'members',
        element: <InChapter render={(c) => <MembersPage chapterId={c.chapterId} />} />,
      },
      {
        path: 'members/:id',
        element: (
          <WithId
            render={(id, c) => <MemberPage key={id} chapterId={c.chapterId} memberId={id} />}
          />
        ),
      },
      {
        path: 'import',
        element: (
          <InChapter
            render={(c) => <ImportPage chapterId={c.chapterId} canExport={c.canExport} />}
          />
        ),
      },
      {
        path: 'audit',
        element: <InChapter render={(c) => <AuditPage chapterId={c.chapterId} />} />,
      },
    ],
  },
  { path: 'me', element: <MeRoute /> },
];
