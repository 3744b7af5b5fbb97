import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { chosenScope } from '../../client/src/features/growth/lib/scope';
import {
  monthlyRate,
  placeLines,
  recruitGoalLines,
} from '../../client/src/features/growth/lib/recruitment-series';
import {
  keishaMember,
  loggedIn,
  nationalStaff,
  triangleChapter,
  triangleCommittee,
} from './helpers/fixtures';
import {
  goal,
  podCoordinator,
  southRecruitment,
  triangleRecruitment,
} from './helpers/growth-fixtures';
import { mockApi } from './helpers/mock-api';
import { stubResizeObserver } from './helpers/pods-fixtures';
import { renderApp } from './helpers/render-app';

beforeEach(stubResizeObserver);

const nationRecruitment = () =>
  triangleRecruitment({ scope: 'nation', id: null, label: 'Nation', goals: [] });

describe('recruitment goal lines', () => {
  it("spreads a recruiting goal's target evenly over its months", () => {
    // 2026-01-01 to 2027-06-30 is 545 days, 17.9 months: 60 recruits is 3.4 a month.
    expect(monthlyRate(goal({ target: 60, startsOn: '2026-01-01', dueOn: '2027-06-30' }))).toBe(
      3.4,
    );
    expect(monthlyRate(goal({ startsOn: null }))).toBeNull();
    expect(recruitGoalLines([goal(), goal({ id: 9, metric: 'recruits' })])).toHaveLength(1);
  });

  it('names a goal far above the figures instead of drawing it', () => {
    const near = { goal: goal(), value: 60 };
    const far = { goal: goal({ id: 2, target: 100_000 }), value: 100_000 };
    expect(placeLines([near, far], 44)).toEqual({ drawn: [near], offScale: [far] });
  });
});

describe('which figures the page shows', () => {
  const params = (q: string) => new URLSearchParams(q);

  it('keeps a chapter committee on its own chapter, whatever the address says', () => {
    expect(chosenScope(triangleCommittee, params('scope=chapter&id=9'), null)).toEqual({
      scope: 'chapter',
      id: '7',
    });
    expect(chosenScope(triangleCommittee, params('scope=nation'), null)).toEqual({
      scope: 'chapter',
      id: '7',
    });
    expect(chosenScope(triangleCommittee, params('scope=pod&id=3'), null)).toEqual({
      scope: 'pod',
      id: '3',
    });
    expect(chosenScope(triangleCommittee, params('scope=pod'), null)).toEqual({
      scope: 'pod',
      id: null,
    });
  });

  it('opens national staff on the nation, a coordinator on their first pod', () => {
    expect(chosenScope(nationalStaff, params(''), null)).toEqual({ scope: 'nation', id: null });
    // A state asked for without a real one: the state picker opens, waiting for a choice.
    expect(chosenScope(nationalStaff, params('scope=state&id=XX'), null)).toEqual({
      scope: 'state',
      id: null,
    });
    expect(chosenScope(nationalStaff, params('scope=everything'), null)).toEqual({
      scope: 'nation',
      id: null,
    });
    expect(chosenScope(nationalStaff, params('scope=region&id=south'), null)).toEqual({
      scope: 'region',
      id: 'south',
    });
    expect(chosenScope(podCoordinator, params('scope=nation'), 12)).toEqual({
      scope: 'pod',
      id: '12',
    });
    expect(chosenScope(podCoordinator, params(''), null)).toBeNull();
  });
});

describe('the recruitment page', { timeout: 20_000 }, () => {
  it("draws a chapter's members goal and gives every month in a table", async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(triangleCommittee),
      'GET /api/chapters': { body: [triangleChapter] },
      'GET /api/pods': { body: { items: [], nextCursor: null } },
      'GET /api/stats/recruitment': { body: triangleRecruitment() },
    });
    renderApp('/recruitment');

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Figures for Triangle' }),
    ).toBeVisible();
    expect(calls.map((c) => c.url)).toContain(
      '/api/stats/recruitment?scope=chapter&interval=month&id=7',
    );
    const members = await screen.findByTestId('members-chart');
    expect(members).toHaveTextContent(
      'Members in good standing at the end of each month: 20 in Dec 2024, 43 in Nov 2026.',
    );
    expect(members).toHaveTextContent('Dashed line: the goal of 60 members by Dec 31, 2027.');
    const table = within(members).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(25);
    // The goal itself, with its pace and projection.
    const card = screen.getByTestId('goal-4');
    expect(card).toHaveTextContent('60 members by Dec 31, 2027');
    expect(card).toHaveTextContent('On pace');
    expect(card).toHaveTextContent('44 of 60 (73.3%)');
    expect(card).toHaveTextContent('1.2 a month (16 to go)');
    expect(card).toHaveTextContent('Aug 12, 2027, before the due date');
    // A chapter lies in one region: no breakdown by region.
    expect(screen.queryByTestId('by-region-chart')).toBeNull();
    // A committee chooses between its chapter and its pods, nothing wider.
    const kinds = within(screen.getByLabelText('Figures for', { exact: true })).getAllByRole(
      'option',
    );
    expect(kinds.map((o) => o.textContent)).toEqual(['A chapter', 'A pod']);
  });

  it('shows national staff small counts as the server sent them, and names an off-scale goal', async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/chapters': { body: [triangleChapter] },
      'GET /api/pods': { body: { items: [], nextCursor: null } },
      'GET /api/stats/recruitment?scope=nation&interval=month': { body: nationRecruitment() },
      'GET /api/stats/recruitment?scope=region&interval=month&id=south': {
        body: southRecruitment(),
      },
    });
    const { user, router } = renderApp('/recruitment');
    await screen.findByRole('heading', { level: 2, name: 'Figures for the nation' });

    await user.selectOptions(screen.getByLabelText('Figures for', { exact: true }), 'A region');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Figures for the South' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Goals for the South' })).toBeVisible();
    expect(router.state.location.search).toBe('?scope=region&id=south');
    expect(calls.map((c) => c.url)).toContain(
      '/api/stats/recruitment?scope=region&interval=month&id=south',
    );

    const members = await screen.findByTestId('members-chart');
    expect(members).toHaveTextContent(
      "Not drawn, far above this chart's figures: the goal of 100,000 members by Dec 31, 2028. Now: 120.",
    );
    const flow = screen.getByTestId('flow-chart');
    expect(flow).toHaveTextContent(
      'Dashed line: the goal of 60 recruits by Jun 30, 2027, spread evenly from its start: about 3.4 joins a month.',
    );
    const october = within(flow).getByRole('row', { name: /Oct 2026/ });
    expect(october).toHaveTextContent('Oct 20269<5');
    expect(within(october).getByText('<5')).toHaveAttribute(
      'title',
      'A small count, shown this way so it cannot point at one person',
    );
    // The net growth of a month with a hidden lapse count cannot be worked out.
    expect(october).toHaveTextContent('Cannot be worked out from hidden counts');
    const sources = within(screen.getByTestId('by-source-chart')).getByRole('row', {
      name: /Oct 2026/,
    });
    expect(sources).toHaveTextContent('hidden (see the note below)');
    expect(screen.getByTestId('goal-3')).toHaveTextContent('Small count, hidden');
    expect(screen.getByRole('complementary', { name: 'Notes on hidden counts' })).toBeVisible();
  });

  it('says what to do when a committee asks for pods and has none yet', async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(triangleCommittee),
      'GET /api/chapters': { body: [triangleChapter] },
      'GET /api/pods': { body: { items: [], nextCursor: null } },
      'GET /api/stats/recruitment': { body: triangleRecruitment() },
    });
    const { user } = renderApp('/recruitment');
    await screen.findByRole('heading', { level: 2, name: 'Figures for Triangle' });
    await user.selectOptions(screen.getByLabelText('Figures for', { exact: true }), 'A pod');
    expect(await screen.findByLabelText('Pod')).toBeDisabled();
    expect(screen.getByLabelText('Pod')).toHaveAccessibleDescription(
      "No pod to choose yet: a chapter's labor committee sets pods up on the Pods page.",
    );
    expect(screen.getByText('Choose which one above to see its figures.')).toBeVisible();
    expect(calls.filter((c) => c.url.includes('scope=pod'))).toEqual([]);
  });

  it('tells a coordinator without pods what comes next', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn(podCoordinator),
      'GET /api/pods': { body: { items: [], nextCursor: null } },
    });
    renderApp('/recruitment');
    expect(await screen.findByText(/You coordinate no pods yet/)).toBeVisible();
  });

  it('is not open to members, and members have no link to it', async () => {
    mockApi({ 'GET /api/auth/session': loggedIn(keishaMember) });
    renderApp('/recruitment');
    expect(await screen.findByText('Your role does not use this page.')).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Recruitment' })).toBeNull();
  });

  it('speaks Spanish', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn({ ...triangleCommittee, language: 'es' }),
      'GET /api/chapters': { body: [triangleChapter] },
      'GET /api/pods': { body: { items: [], nextCursor: null } },
      'GET /api/stats/recruitment': { body: triangleRecruitment() },
    });
    renderApp('/recruitment');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Cifras de Triangle' }),
    ).toBeVisible();
    expect(await screen.findByTestId('flow-chart')).toHaveTextContent('Altas y bajas');
  });

  it('names a region with its article in Spanish', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn({ ...nationalStaff, language: 'es' }),
      'GET /api/chapters': { body: [triangleChapter] },
      'GET /api/pods': { body: { items: [], nextCursor: null } },
      'GET /api/stats/recruitment?scope=region&interval=month&id=south': {
        body: southRecruitment(),
      },
    });
    renderApp('/recruitment?scope=region&id=south');
    expect(await screen.findByRole('heading', { level: 2, name: 'Cifras del Sur' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Metas del Sur' })).toBeVisible();
  });
});
