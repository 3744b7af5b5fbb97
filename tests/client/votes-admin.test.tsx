import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loggedIn, nationalStaff } from './helpers/fixtures';
import { mockApi } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';
import { closedEndorsement, forums } from './helpers/votes-fixtures';

const scheduled = closedEndorsement({
  state: 'scheduled',
  closedAt: null,
  openedAt: null,
  statementsSentAt: null,
  rollSize: null,
  forums: forums.slice(0, 1),
  version: 2,
});

describe('national staff run a vote', { timeout: 20_000 }, () => {
  it("shows the server's reasons a vote cannot open yet, each with what to do", async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/votes/8': { body: scheduled },
      'POST /api/votes/8/state': {
        status: 409,
        body: {
          error: {
            code: 'conflict',
            message: 'This vote is not ready to open',
            fields: {
              forums: 'Schedule 2 member forums before voting opens (1 so far)',
              statements: 'Send the approved statements for and against to every member first',
            },
          },
        },
      },
    });
    const { user } = renderApp('/votes/admin/8');

    expect(await screen.findByText('Member forums scheduled: 1 of 2')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Open voting' }));
    const gate = await screen.findByTestId('gate-errors');
    expect(gate).toHaveAttribute('role', 'alert');
    expect(gate).toHaveTextContent('This cannot be done yet:');
    expect(gate).toHaveTextContent('Schedule two member forums before voting opens (1 so far).');
    expect(gate).toHaveTextContent(
      'Send the approved statements for and against to every member first.',
    );
    expect(within(gate).getByRole('link', { name: 'Go to the forums' })).toHaveAttribute(
      'href',
      '#forums-heading',
    );
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ state: 'open', version: 2 });
  });

  it('closes an open vote only after confirming', async () => {
    let state = 'open';
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/votes/8': () => ({
        body: closedEndorsement({ state: state as 'open', closedAt: null, version: 3 }),
      }),
      'POST /api/votes/8/state': () => {
        state = 'closed';
        return { body: closedEndorsement() };
      },
    });
    const { user } = renderApp('/votes/admin/8');

    await user.click(await screen.findByRole('button', { name: 'Close voting' }));
    expect(screen.getByText(/This cannot be undone/)).toBeVisible();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Yes, close voting now' }));

    expect(
      await screen.findByText('Voting has closed and the results are published.'),
    ).toBeVisible();
    expect(screen.getByTestId('vote-state')).toHaveTextContent('Closed');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ state: 'closed', version: 3 });
    expect(screen.getByRole('link', { name: 'Results' })).toHaveAttribute(
      'href',
      '/votes/8/results',
    );
  });

  it('checks a new leadership election before creating it', async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/votes': { body: { items: [], nextCursor: null } },
      'POST /api/votes': { status: 201, body: { ...scheduled, id: 12, state: 'draft' } },
      'GET /api/votes/12': { body: { ...scheduled, id: 12, state: 'draft' } },
    });
    const { user, router } = renderApp('/votes/admin');

    await user.click(await screen.findByText('Call a new vote'));
    await user.selectOptions(
      screen.getByLabelText('Kind of vote'),
      'Leadership election (ranked ballots)',
    );
    await user.type(screen.getByLabelText('Candidates'), 'Ana Ruiz');
    await user.click(screen.getByRole('button', { name: 'Create the vote as a draft' }));

    expect(screen.getByText('Write the title in English, Spanish or both.')).toBeVisible();
    expect(screen.getByLabelText('Candidates')).toHaveAccessibleDescription(
      /Name at least two candidates, one per line./,
    );
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText('Title in Spanish'), 'Elegir la copresidencia');
    await user.type(screen.getByLabelText('Question in Spanish'), '¿Quién debe copresidir?');
    await user.type(screen.getByLabelText('Candidates'), '{Enter}Ben Okafor{Enter}Chen Li');
    await user.clear(screen.getByLabelText('Seats to fill'));
    await user.type(screen.getByLabelText('Seats to fill'), '2');
    await user.click(screen.getByRole('button', { name: 'Create the vote as a draft' }));

    await screen.findByTestId('manage-vote');
    expect(router.state.location.pathname).toBe('/votes/admin/12');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      kind: 'leadership',
      title: { en: null, es: 'Elegir la copresidencia' },
      question: { en: null, es: '¿Quién debe copresidir?' },
      seats: 2,
      candidates: [{ name: 'Ana Ruiz' }, { name: 'Ben Okafor' }, { name: 'Chen Li' }],
    });
  });
});
