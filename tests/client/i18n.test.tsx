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

describe('Spanish', () => {
  it("speaks the user's saved language, numbers included", async () => {
    mockApi({
      'GET /api/auth/session': loggedIn({ ...nationalStaff, language: 'es' }),
      'GET /api/stats/national': { body: nationalStatsWithSmallCells },
    });
    renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Panorama nacional' }),
    ).toBeVisible();
    expect(screen.getByTestId('total-members')).toHaveTextContent('12.345');
    expect(screen.getByRole('table', { name: 'Por estado' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Sin empezar' })).toBeInTheDocument();
    expect(screen.getByTestId('logout')).toHaveTextContent('Cerrar sesión');
    expect(screen.getByText('Equipo nacional')).toBeVisible();
    expect(screen.getByTestId('language-switch')).toHaveValue('es');
    expect(document.documentElement.lang).toBe('es');
    expect(
      screen.getAllByTitle(
        'Oculto para que no se pueda deducir una cifra pequeña restando las demás',
      ).length,
    ).toBeGreaterThan(0);
  });

  it('switches on the login page without asking the server', async () => {
    const { calls } = mockApi({ 'GET /api/auth/session': notLoggedIn });
    const { user } = renderApp('/login');

    await screen.findByRole('heading', { name: 'Log in' });
    await user.selectOptions(screen.getByTestId('language-switch'), 'es');

    expect(screen.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
    expect(screen.getByLabelText('Correo electrónico')).toBeInTheDocument();
    expect(calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it("switches at once and saves the choice to a logged-in user's account", async () => {
    const saved: unknown[] = [];
    const { calls } = mockApi({
      'GET /api/auth/session': loggedIn(nationalStaff),
      'GET /api/stats/national': { body: nationalStatsWithSmallCells },
      'PATCH /api/auth/session/language': ({ body }) => {
        saved.push(body);
        return { body: { ok: true } };
      },
    });
    const { user } = renderApp('/');

    await screen.findByRole('heading', { level: 1, name: 'National overview' });
    await user.selectOptions(screen.getByTestId('language-switch'), 'es');

    expect(screen.getByRole('heading', { level: 1, name: 'Panorama nacional' })).toBeVisible();
    expect(saved).toEqual([{ language: 'es' }]);
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.headers.get('X-CSRF-Token')).toBe('csrf-2');
  });
});
