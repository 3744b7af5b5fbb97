import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OrganizingStatus, PodDetail } from '@shopfloor/shared';
import { loggedIn, nationalStaff, triangleCommittee } from './helpers/fixtures';
import { mockApi, type ApiCall, type Reply } from './helpers/mock-api';
import {
  podCoordinator,
  podProgress,
  stubResizeObserver,
  trianglePod,
} from './helpers/pods-fixtures';
import { renderApp } from './helpers/render-app';

beforeEach(stubResizeObserver);

const IMANI = 'Organizing status of Imani Cohen';

function podApi(pod: () => PodDetail, extra: Record<string, Reply | ((c: ApiCall) => Reply)> = {}) {
  return mockApi({
    'GET /api/auth/session': loggedIn(podCoordinator),
    'GET /api/pods/1': () => ({ body: pod() }),
    'GET /api/pods/1/progress': { body: podProgress() },
    'GET /api/pods/1/meetings': { body: [] },
    ...extra,
  });
}

const patches = (calls: ApiCall[]) => calls.filter((c) => c.method === 'PATCH');

// Whole flows through the lazily loaded pages and charts: slower than one assertion.
describe('pod page', { timeout: 20_000 }, () => {
  it('moves a member to another status in one tap, sending the version it read', async () => {
    let status: OrganizingStatus = 'trained';
    const { calls } = podApi(
      () =>
        trianglePod({
          members: trianglePod().members!.map((m) =>
            m.id === 42
              ? { ...m, organizingStatus: status, version: status === 'trained' ? 1 : 2 }
              : m,
          ),
        }),
      {
        'PATCH /api/members/42': ({ body }) => {
          status = (body as { organizingStatus: OrganizingStatus }).organizingStatus;
          return { body: { id: 42, organizingStatus: status, version: 2 } };
        },
      },
    );
    const { user } = renderApp('/pods/1');

    const select = await screen.findByRole('combobox', { name: IMANI });
    expect(select).toHaveDisplayValue('Trained');

    await user.selectOptions(select, 'Mapping their workplace');

    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(patches(calls)).toHaveLength(1);
    expect(patches(calls)[0]).toMatchObject({
      url: '/api/members/42',
      body: { organizingStatus: 'mapping', version: 1 },
    });
    expect(patches(calls)[0]!.headers.get('X-CSRF-Token')).toBe('csrf-5');
    // The pod and its charts are read again, so the funnel counts the move.
    expect(calls.filter((c) => c.url === '/api/pods/1').length).toBeGreaterThanOrEqual(2);
    expect(
      calls.filter((c) => c.url.startsWith('/api/pods/1/progress')).length,
    ).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('combobox', { name: IMANI })).toHaveDisplayValue(
      'Mapping their workplace',
    );
  });

  it('says someone else changed the member first on 409, and shows the reloaded status', async () => {
    let version = 1;
    const { calls } = podApi(
      () =>
        trianglePod({
          members: trianglePod().members!.map((m) => (m.id === 42 ? { ...m, version } : m)),
        }),
      {
        'PATCH /api/members/42': () => {
          version = 3;
          return {
            status: 409,
            body: { error: { code: 'stale_version', message: 'Someone else changed it first' } },
          };
        },
      },
    );
    const { user } = renderApp('/pods/1');
    await user.selectOptions(await screen.findByRole('combobox', { name: IMANI }), 'Unionized');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this first. We have reloaded it',
    );
    expect(calls.filter((c) => c.url === '/api/pods/1').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('combobox', { name: IMANI })).toHaveDisplayValue('Trained');
  });

  it("lets the chapter's committee start a campaign where there is none, then move it", async () => {
    let campaign: { id: number; stage: 'mapping'; version: number } | null = null;
    const unc = {
      ...trianglePod().workplaces![0]!,
      id: 22,
      employer: 'UNC Health',
      siteName: 'UNC Hospitals',
      city: 'Chapel Hill',
    };
    const { calls } = podApi(
      () => trianglePod({ access: 'manage', workplaces: [{ ...unc, campaign }] }),
      {
        'GET /api/auth/session': loggedIn(triangleCommittee),
        'POST /api/campaigns': () => {
          campaign = { id: 13, stage: 'mapping', version: 0 };
          return { status: 201, body: {} };
        },
      },
    );
    const { user } = renderApp('/pods/1');

    const start = await screen.findByRole('button', { name: 'Start a campaign at UNC Hospitals' });
    expect(start.closest('td')).toHaveTextContent('No campaign yet');
    await user.click(start);
    expect(calls.filter((c) => c.method === 'POST')[0]).toMatchObject({
      url: '/api/campaigns',
      body: { workplaceId: 22, kind: 'union_drive' },
    });
    const select = await screen.findByRole('combobox', { name: 'Campaign stage at UNC Hospitals' });
    expect(select).toHaveDisplayValue('Mapping');
    expect(select.parentElement!.querySelector('.stage-mark')).toHaveTextContent('1');
  });

  it('shows the charts with their tables, the goal line and campaign links', async () => {
    podApi(() => trianglePod());
    renderApp('/pods/1');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Triangle Healthcare Workers' }),
    ).toBeVisible();
    const funnel = await screen.findByTestId('funnel-table');
    expect(within(funnel).getByTestId('funnel-committee')).toHaveTextContent('1');
    expect(within(funnel).getByTestId('funnel-trained')).toHaveTextContent('1');
    expect(screen.getAllByText('Show as table')).toHaveLength(4);
    expect(
      screen.getByRole('link', { name: 'Campaign at Duke University Health System' }),
    ).toHaveAttribute('href', '/campaigns/12');
    // Coordinators move a stage; starting a campaign is the committee's.
    expect(
      screen.getByRole('combobox', { name: 'Campaign stage at Duke University Hospital' }),
    ).toHaveDisplayValue('Committee');
    expect(screen.queryByRole('button', { name: /Set the goal/ })).not.toBeInTheDocument();
  });

  it('shows national staff small counts as "<5", with no people and no controls', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/pods/1': {
        body: trianglePod({ access: 'read', members: undefined, workplaces: undefined }),
      },
      'GET /api/pods/1/progress': {
        body: podProgress({
          suppressionThreshold: 5,
          funnel: {
            not_started: 0,
            trained: '<5',
            mapping: 0,
            committee: '<5',
            campaign: 0,
            unionized: 0,
          },
        }),
      },
      'GET /api/pods/1/meetings': { body: [] },
    });
    renderApp('/pods/1');

    const funnel = await screen.findByTestId('funnel-table');
    expect(within(funnel).getByTestId('funnel-trained')).toHaveTextContent('<5');
    expect(screen.getByRole('complementary', { name: 'Notes on hidden counts' })).toHaveTextContent(
      '<5 A small count, shown this way so that no figure can point at one person. The charts draw such counts at zero; the tables show them as they are.',
    );
    expect(screen.queryByRole('heading', { name: 'Members' })).not.toBeInTheDocument();
    expect(screen.queryAllByRole('combobox', { name: /Organizing status of/ })).toHaveLength(0);
  });
});
