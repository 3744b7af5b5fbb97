import { lazy, type ReactNode } from 'react';
import { useParams, type RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '@shopfloor/shared';
import { useCurrentUser } from '../features/auth/api';

// Lazy, so the votes pages, and the charts they draw, load only when a votes page is opened.
const VotesPage = lazy(() =>
  import('../features/votes/components/votes-page').then((m) => ({ default: m.VotesPage })),
);
const ResultsPage = lazy(() =>
  import('../features/votes/components/results-page').then((m) => ({ default: m.ResultsPage })),
);
const TurnoutPage = lazy(() =>
  import('../features/votes/components/turnout-page').then((m) => ({ default: m.TurnoutPage })),
);
const AdminPage = lazy(() =>
  import('../features/votes/components/admin-page').then((m) => ({ default: m.AdminPage })),
);
const ManageVotePage = lazy(() =>
  import('../features/votes/components/manage-vote-page').then((m) => ({
    default: m.ManageVotePage,
  })),
);
const NotFoundPage = lazy(() =>
  import('./not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

const voteRunners: readonly Role[] = ['national', 'admin'];

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status">
      <p>{t('votes.notAllowed')}</p>
    </div>
  );
}

/** Everyone reads petitions and results; members sign and vote; national staff run votes. */
function VotesRoute() {
  const user = useCurrentUser();
  return (
    <VotesPage isMember={user.role === 'member'} runsVotes={voteRunners.includes(user.role)} />
  );
}

/** A page for one vote by its id in the address; anything but a positive id is "not found". */
function WithVoteId({
  render,
  runnersOnly = false,
}: {
  render: (id: number, runsVotes: boolean) => ReactNode;
  runnersOnly?: boolean;
}) {
  const user = useCurrentUser();
  const id = Number(useParams().id);
  const runsVotes = voteRunners.includes(user.role);
  if (runnersOnly && !runsVotes) return <NotAllowed />;
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return <>{render(id, runsVotes)}</>;
}

function AdminRoute() {
  const user = useCurrentUser();
  if (!voteRunners.includes(user.role)) return <NotAllowed />;
  return <AdminPage />;
}

export const voteRoutes: RouteObject[] = [
  {
    path: 'votes',
    children: [
      { index: true, element: <VotesRoute /> },
      { path: 'admin', element: <AdminRoute /> },
      {
        path: 'admin/:id',
        element: (
          <WithVoteId runnersOnly render={(id) => <ManageVotePage key={id} voteId={id} />} />
        ),
      },
      {
        path: ':id/results',
        element: (
          <WithVoteId
            render={(id, runsVotes) => <ResultsPage key={id} voteId={id} runsVotes={runsVotes} />}
          />
        ),
      },
      {
        path: ':id/turnout',
        element: <WithVoteId runnersOnly render={(id) => <TurnoutPage key={id} voteId={id} />} />,
      },
    ],
  },
];
