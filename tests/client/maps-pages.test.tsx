import { screen, waitFor, within } from '@testing-library/react';
import type { Chapter, WorkplaceSummary } from '@shopfloor/shared';
import { describe, expect, it } from 'vitest';
import {
  keishaMember,
  loggedIn,
  nationalStaff,
  nationalStatsWithSmallCells,
  triangleChapter,
  triangleCommittee,
} from './helpers/fixtures';
import { mockApi } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';

const ashevilleChapter: Chapter = {
  ...triangleChapter,
  id: 11,
  name: 'Asheville',
  city: 'Asheville',
  zip: '28801',
  hasLaborCommittee: false,
  sizeClass: 'small_city',
};

/** Two shapes are enough: the page reads which states are in the South from them. */
const stateShapes = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'NC',
      properties: { code: 'NC', name: 'North Carolina', isSouth: true },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-84, 34],
            [-75, 34],
            [-75, 36.5],
            [-84, 34],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      id: 'VT',
      properties: { code: 'VT', name: 'Vermont', isSouth: false },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-73, 43],
            [-71.5, 43],
            [-72, 45],
            [-73, 43],
          ],
        ],
      },
    },
  ],
};

describe('national map page', () => {
  it('shows the figures as a table, and a state’s panel from its row', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/stats/national': { body: nationalStatsWithSmallCells },
      'GET /api/chapters': { body: [triangleChapter, ashevilleChapter] },
      'GET /api/geo/states': { body: stateShapes },
    });
    const { user } = renderApp('/map?view=table');

    const table = await screen.findByRole('table', { name: 'Figures by state' });
    expect(screen.getByRole('link', { name: 'Map' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    const names = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(names).toEqual(['North Carolina', 'Vermont', 'Wyoming']);

    await user.click(within(table).getByRole('button', { name: 'North Carolina' }));
    const panel = await screen.findByTestId('state-panel');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(panel).toHaveTextContent('In the South');
    expect(within(panel).getByText('Asheville')).toBeInTheDocument();
    expect(within(panel).queryByRole('link')).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: /Close/ }));
    expect(screen.queryByTestId('state-panel')).not.toBeInTheDocument();
  });

  it('is not open to a member, and asks the server for nothing', async () => {
    const { calls } = mockApi({ 'GET /api/auth/session': loggedIn(keishaMember) });
    renderApp('/map');
    expect(await screen.findByText('This map is not open to your role.')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Map' })).not.toBeInTheDocument();
    expect(calls.filter((c) => !c.url.startsWith('/api/auth'))).toEqual([]);
  });
});

const workplace = (id: number, over: Partial<WorkplaceSummary>): WorkplaceSummary => ({
  id,
  chapterId: 7,
  employer: 'Employer',
  siteName: null,
  address: null,
  city: 'Durham',
  state: 'NC',
  zip: '27701',
  lat: 35.99,
  lng: -78.9,
  industry: '62',
  size: null,
  unionStatus: 'non_union',
  unionName: null,
  confirmed: true,
  version: 1,
  members: 3,
  campaign: null,
  ...over,
});

describe('chapter map page', () => {
  const list = {
    items: [
      workplace(21, {
        employer: 'Duke University Hospital',
        siteName: 'Main campus',
        members: 12,
        campaign: { id: 31, stage: 'majority', version: 4 },
      }),
      workplace(22, { employer: 'Durham Public Schools', industry: '61' }),
    ],
    nextCursor: null,
  };

  it('lists the workplaces, and moving a campaign back asks for a note first', async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(triangleCommittee),
      'GET /api/chapters/7': { body: triangleChapter },
      'GET /api/chapters/7/workplaces?limit=500': { body: list },
      'POST /api/campaigns/31/stage': { body: {} },
    });
    const { user } = renderApp('/chapter/map?view=table');

    const table = await screen.findByRole('table', { name: 'Workplaces' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Triangle: workplace map');
    expect(screen.getByRole('link', { name: 'Chapter map' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(table).getByText('Majority support')).toBeInTheDocument();
    expect(within(table).getByText('No campaign')).toBeInTheDocument();
    // No pods answered: no pod filter offered.
    expect(screen.queryByLabelText('Labor pod')).toBeNull();

    await user.click(within(table).getByRole('button', { name: 'Duke University Hospital' }));
    const card = await screen.findByTestId('workplace-card');
    expect(card).toHaveTextContent('Main campus');
    expect(card).toHaveTextContent('Health Care and Social Assistance');

    await user.selectOptions(within(card).getByLabelText('Move the campaign to'), 'committee');
    await user.click(within(card).getByRole('button', { name: 'Save the stage' }));
    expect(within(card).getByLabelText('Why is it moving back?')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.type(within(card).getByLabelText('Why is it moving back?'), 'Lost two leaders');
    await user.click(within(card).getByRole('button', { name: 'Save the stage' }));
    expect(await within(card).findByText('Stage saved.')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/campaigns/31/stage');
    expect(post?.body).toEqual({ stage: 'committee', note: 'Lost two leaders', version: 4 });
  });

  it("filters by labor pod: the server's list of the pod's workplaces, on the table", async () => {
    const pod = {
      id: 5,
      name: 'Triangle healthcare',
      description: null,
      industry: '62',
      scope: 'chapter',
      chapterId: 7,
      region: null,
      workplaceId: null,
      memberCount: 9,
      coordinatorCount: 1,
      version: 0,
    };
    mockApi({
      'GET /api/auth/session': loggedIn(triangleCommittee),
      'GET /api/chapters/7': { body: triangleChapter },
      'GET /api/pods?chapterId=7&limit=500': { body: { items: [pod], nextCursor: null } },
      'GET /api/chapters/7/workplaces?limit=500': { body: list },
      'GET /api/chapters/7/workplaces?limit=500&pod=5': {
        body: { items: [list.items[0]], nextCursor: null },
      },
    });
    const { user } = renderApp('/chapter/map?view=table');
    await screen.findByRole('table', { name: 'Workplaces' });
    await user.selectOptions(await screen.findByLabelText('Labor pod'), 'Triangle healthcare');
    await waitFor(() => expect(screen.queryByText('Durham Public Schools')).toBeNull());
    expect(screen.getByText('Duke University Hospital')).toBeInTheDocument();
  });

  it('starts a union drive where there is no campaign, and filters the list', async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(triangleCommittee),
      'GET /api/chapters/7': { body: triangleChapter },
      'GET /api/chapters/7/workplaces?limit=500': { body: list },
      'GET /api/chapters/7/workplaces?limit=500&industry=61': {
        body: { items: [list.items[1]], nextCursor: null },
      },
      'GET /api/chapters/7/workplaces?limit=500&industry=61&stage=none': {
        body: { items: [list.items[1]], nextCursor: null },
      },
      'POST /api/campaigns': { status: 201, body: {} },
    });
    const { user } = renderApp('/chapter/map?view=table');

    await screen.findByRole('table', { name: 'Workplaces' });
    await user.selectOptions(screen.getByLabelText('Industry'), '61');
    await user.selectOptions(screen.getByLabelText('Campaign stage'), 'none');
    await waitFor(() => expect(screen.queryByText('Duke University Hospital')).toBeNull());
    const table = screen.getByRole('table', { name: 'Workplaces' });

    await user.click(within(table).getByRole('button', { name: 'Durham Public Schools' }));
    const card = await screen.findByTestId('workplace-card');
    await user.click(within(card).getByRole('button', { name: 'Start a union drive' }));
    expect(await within(card).findByText(/Union drive started/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      workplaceId: 22,
      kind: 'union_drive',
    });
  });
});
