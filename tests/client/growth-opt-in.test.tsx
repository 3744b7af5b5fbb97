import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { keishaMember, loggedIn } from './helpers/fixtures';
import { mockApi } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';
import { keisha } from './helpers/workspace-fixtures';

const me = { member: keisha, employments: [], chapter: { id: 7, name: 'Triangle', state: 'NC' } };
const entry = {
  id: 4,
  memberId: 41,
  skills: ['one_on_ones'],
  languages: ['en', 'es'],
  hoursPerMonth: 6,
  states: ['NC', 'SC'],
  industries: [],
  since: '2026-11-22T10:00:00.000Z',
  version: 0,
};

describe("a member's offer to join the organizer reserve", { timeout: 20_000 }, () => {
  it("says who will see it, shows the server's errors on each answer, then lists the member", async () => {
    let attempts = 0;
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(keishaMember),
      'GET /api/me': { body: me },
      'GET /api/me/reserve': { body: { entry: null } },
      'PUT /api/me/reserve': () =>
        ++attempts === 1
          ? {
              status: 400,
              body: {
                error: {
                  code: 'validation',
                  message: 'Some fields need fixing',
                  fields: {
                    skills: 'Too small: expected array to have >=1 items',
                    hoursPerMonth: 'Too small: expected number to be >=1',
                  },
                },
              },
            }
          : { body: { entry } },
    });
    const { user } = renderApp('/me');

    const section = await screen.findByTestId('reserve-opt-in');
    expect(section).toHaveTextContent(
      'national labor commission staff see your name, your chapter and these answers',
    );
    await user.click(await within(section).findByRole('button', { name: 'Offer to help' }));
    await user.click(within(section).getByRole('button', { name: 'Join the reserve' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent('Some answers need fixing');
    expect(
      within(section).getByRole('group', { name: 'What you can help with' }),
    ).toHaveAccessibleDescription(
      'Choose at least one. Too small: expected array to have >=1 items',
    );
    const hours = within(section).getByLabelText('Hours a month you can give');
    expect(hours).toHaveAttribute('aria-invalid', 'true');
    expect(hours).toHaveAccessibleDescription(
      'From 1 to 160. Too small: expected number to be >=1',
    );

    await user.click(within(section).getByLabelText('One-on-ones'));
    await user.click(within(section).getByLabelText('English'));
    await user.click(within(section).getByLabelText('Spanish'));
    await user.type(hours, '6');
    await user.click(within(section).getByLabelText('North Carolina'));
    await user.click(within(section).getByLabelText('South Carolina'));
    await user.click(within(section).getByRole('button', { name: 'Join the reserve' }));

    expect(await within(section).findByText(/You are in the reserve \(since/)).toBeVisible();
    expect(section).toHaveTextContent('English and Spanish');
    expect(calls.filter((c) => c.method === 'PUT').at(-1)?.body).toEqual({
      skills: ['one_on_ones'],
      languages: ['en', 'es'],
      hoursPerMonth: 6,
      states: ['NC', 'SC'],
      industries: [],
    });
  });

  it('lets a listed member leave the reserve', async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(keishaMember),
      'GET /api/me': { body: me },
      'GET /api/me/reserve': { body: { entry } },
      'DELETE /api/me/reserve': { body: { ok: true } },
    });
    const { user } = renderApp('/me');
    const section = await screen.findByTestId('reserve-opt-in');
    expect(await within(section).findByText('NC and SC')).toBeVisible();
    await user.click(within(section).getByRole('button', { name: 'Leave the reserve' }));
    expect(await within(section).findByText(/You have left the reserve/)).toBeVisible();
    expect(within(section).getByRole('button', { name: 'Offer to help' })).toBeVisible();
    expect(calls.some((c) => c.method === 'DELETE' && c.url === '/api/me/reserve')).toBe(true);
  });
});
