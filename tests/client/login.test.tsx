import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  loggedIn,
  nationalStaff,
  nationalStatsWithSmallCells,
  notLoggedIn,
} from './helpers/fixtures';
import { mockApi } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';

describe('login', () => {
  it('sends a visitor who is not logged in to the login page', async () => {
    mockApi({ 'GET /api/auth/session': notLoggedIn });
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.queryByTestId('logout')).not.toBeInTheDocument();
  });

  it("shows the server's message on 401, with the form used from the keyboard only", async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': notLoggedIn,
      'POST /api/auth/login': {
        status: 401,
        body: {
          error: {
            code: 'unauthenticated',
            message: 'That email and password do not match an account',
          },
        },
      },
    });
    const { user } = renderApp('/login');

    await screen.findByRole('heading', { name: 'Log in' });
    await user.tab(); // the skip link
    await user.tab(); // the brand
    await user.tab(); // the language switch
    await user.tab();
    expect(screen.getByLabelText('Email address')).toHaveFocus();
    await user.keyboard('someone@demo.test');
    await user.tab();
    expect(screen.getByLabelText('Password')).toHaveFocus();
    await user.keyboard('not-the-password{Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That email and password do not match an account',
    );
    const login = calls.find((c) => c.method === 'POST' && c.url === '/api/auth/login');
    expect(login?.body).toEqual({ email: 'someone@demo.test', password: 'not-the-password' });
    // The token came in the 401 body of GET /api/auth/session.
    expect(login?.headers.get('X-CSRF-Token')).toBe('anon-csrf');
  });

  it('opens the dashboard after a successful login', async () => {
    let session = notLoggedIn;
    mockApi({
      'GET /api/auth/session': () => session,
      'POST /api/auth/login': () => (session = loggedIn(nationalStaff)),
      'GET /api/stats/national': { body: nationalStatsWithSmallCells },
    });
    const { user, router } = renderApp('/login');

    await user.type(await screen.findByLabelText('Email address'), 'national@demo.test');
    await user.type(screen.getByLabelText('Password'), 'shopfloor-demo');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByTestId('dashboard')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByText('national@demo.test')).toBeVisible();
    expect(screen.getByText('National staff')).toBeVisible();
  });

  it('logs out, forgets the figures and returns to the login page', async () => {
    let session = loggedIn(nationalStaff);
    const { calls } = mockApi({
      'GET /api/auth/session': () => session,
      'GET /api/stats/national': { body: nationalStatsWithSmallCells },
      'POST /api/auth/logout': () => {
        session = notLoggedIn;
        return { body: { ok: true } };
      },
    });
    const { user, router, queryClient } = renderApp('/');

    await user.click(await screen.findByTestId('logout'));

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    const logout = calls.find((c) => c.url === '/api/auth/logout');
    expect(logout?.headers.get('X-CSRF-Token')).toBe('csrf-2');
    expect(queryClient.getQueryData(['dashboard', 'national'])).toBeUndefined();
  });
});
