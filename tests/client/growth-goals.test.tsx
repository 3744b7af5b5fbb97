import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loggedIn, nationalStaff, triangleChapter, triangleCommittee } from './helpers/fixtures';
import { goal, podCoordinator } from './helpers/growth-fixtures';
import { mockApi } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';

const nationGoal = goal({
  id: 2,
  scope: 'nation',
  scopeRef: null,
  scopeLabel: 'Nation',
  target: 100_000,
  dueOn: '2028-12-31',
  current: 194,
  remaining: 99_806,
  pacePerMonth: 3945.25,
  trendPerMonth: 7.89,
  projectedOn: '3081-08-17',
  onPace: false,
});
const podGoal = goal({
  id: 1,
  metric: 'trained',
  scope: 'pod',
  scopeRef: '1',
  scopeLabel: 'Triangle Healthcare Workers',
  target: 6,
  current: 6,
  met: true,
  trend: 'met',
  pacePerMonth: 0,
  projectedOn: null,
});
const page = (...items: ReturnType<typeof goal>[]) => ({ body: { items, nextCursor: null } });

const validation = (fields: Record<string, string>) => ({
  status: 400,
  body: { error: { code: 'validation', message: 'Some fields need fixing', fields } },
});

describe('goals', { timeout: 20_000 }, () => {
  it("national staff set a state goal; the server's error shows under the field it names", async () => {
    let attempts = 0;
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/chapters': { body: [triangleChapter] },
      'GET /api/goals': page(nationGoal, goal(), podGoal),
      'POST /api/goals': () =>
        ++attempts === 1
          ? validation({ target: 'Too big: expected number to be <=10000000' })
          : {
              status: 201,
              body: goal({ id: 9, scope: 'state', scopeRef: 'GA', scopeLabel: 'Georgia' }),
            },
    });
    const { user } = renderApp('/goals');

    const nation = await screen.findByTestId('goal-2');
    expect(nation).toHaveTextContent('100,000 members by Dec 31, 2028');
    expect(nation).toHaveTextContent('Nationwide');
    expect(nation).toHaveTextContent('Behind pace');
    expect(nation).toHaveTextContent('Aug 17, 3081, after the due date');
    // National staff change national goals, not a chapter's; a pod's goal lives on its page.
    expect(within(nation).getByRole('button', { name: /^Change the goal/ })).toBeVisible();
    expect(within(screen.getByTestId('goal-4')).queryByRole('button')).toBeNull();
    expect(
      within(screen.getByTestId('goal-1')).getByRole('link', {
        name: "Open the pod's page",
      }),
    ).toHaveAttribute('href', '/pods/1#goals');

    await user.click(screen.getByText('Set a goal'));
    const form = screen.getByTestId('goal-create-form');
    await user.selectOptions(within(form).getByLabelText('Goal for'), 'A state');
    await user.selectOptions(within(form).getByLabelText('State'), 'Georgia');
    await user.selectOptions(
      within(form).getByLabelText('What it counts'),
      'Recruits (new members)',
    );
    await user.type(within(form).getByLabelText('Target'), '20000000');
    await user.type(within(form).getByLabelText('Due date'), '2027-12-31');
    await user.click(within(form).getByRole('button', { name: 'Set the goal' }));

    const target = within(form).getByLabelText('Target');
    expect(
      await within(form).findByText('Too big: expected number to be <=10000000'),
    ).toBeVisible();
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect(target).toHaveAccessibleDescription('Too big: expected number to be <=10000000');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      metric: 'recruits',
      scope: 'state',
      scopeRef: 'GA',
      target: 20_000_000,
      dueOn: '2027-12-31',
    });

    await user.clear(target);
    await user.type(target, '40');
    await user.click(within(form).getByRole('button', { name: 'Set the goal' }));
    expect(await within(form).findByText('Goal set.')).toBeVisible();
    expect(calls.filter((c) => c.url.startsWith('/api/goals') && c.method === 'GET')).toHaveLength(
      2,
    );
  });

  it('a chapter committee changes its own goal: only what changed, with the version read', async () => {
    let patches = 0;
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(triangleCommittee),
      'GET /api/chapters': { body: [triangleChapter] },
      'GET /api/goals': page(nationGoal, goal({ version: 3 })),
      'PATCH /api/goals/4': () =>
        ++patches === 1
          ? {
              status: 409,
              body: { error: { code: 'stale_version', message: 'Changed by someone else' } },
            }
          : { body: goal({ version: 4, target: 70 }) },
    });
    const { user } = renderApp('/goals');

    const mine = await screen.findByTestId('goal-4');
    // The nation's goal is national staff's to change.
    expect(within(screen.getByTestId('goal-2')).queryByRole('button')).toBeNull();
    await user.click(within(mine).getByRole('button', { name: /^Change the goal/ }));
    const target = within(mine).getByLabelText('Target');
    await user.clear(target);
    await user.type(target, '70');
    await user.click(within(mine).getByRole('button', { name: 'Save' }));
    expect(
      await within(mine).findByText(/Someone changed this goal while you were editing it/),
    ).toBeVisible();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ version: 3, target: 70 });

    await user.click(within(mine).getByRole('button', { name: 'Save' }));
    expect(await within(mine).findByRole('button', { name: /^Change the goal/ })).toBeVisible();

    // A committee's new goal is for its own chapter: nothing to choose.
    await user.click(screen.getByText('Set a goal'));
    const form = screen.getByTestId('goal-create-form');
    expect(within(form).queryByLabelText('Goal for')).toBeNull();
    const metrics = within(within(form).getByLabelText('What it counts')).getAllByRole('option');
    expect(metrics.map((o) => o.textContent)).not.toContain('Chapters with a labor committee');
  });

  it('a coordinator reads goals and is told where pod goals are set', async () => {
    mockApi({
      'GET /api/auth/session': loggedIn(podCoordinator),
      'GET /api/goals': page(),
    });
    renderApp('/goals');
    expect(await screen.findByText('No goals yet')).toBeVisible();
    expect(screen.getByText(/Your pods' goals are set on each pod's page/)).toBeVisible();
    expect(screen.queryByText('Set a goal')).toBeNull();
  });
});
