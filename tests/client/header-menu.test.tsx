import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { keishaMember, loggedIn, triangleChapter } from './helpers/fixtures';
import { mockApi } from './helpers/mock-api';
import { renderApp } from './helpers/render-app';
import { keisha } from './helpers/workspace-fixtures';

function memberApi() {
  return mockApi({
    'GET /api/auth/session': loggedIn(keishaMember),
    'GET /api/chapters/7': { body: triangleChapter },
    'GET /api/me': {
      body: { member: keisha, employments: [], chapter: { id: 7, name: 'Triangle', state: 'NC' } },
    },
    'GET /api/me/reserve': { body: { entry: null } },
  });
}

/** The menu button and the menu it controls (styles.css shows the button on narrow screens only). */
async function headerMenu() {
  const button = await screen.findByRole('button', { name: 'Menu' });
  const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!menu) throw new Error('the menu button controls no element');
  return { button, menu };
}

// jsdom applies no stylesheet: these follow the state the stylesheet shows and hides by.
describe('the header menu', () => {
  it('is a button that opens and closes the pages and the account', async () => {
    memberApi();
    const { user } = renderApp('/');
    const { button, menu } = await headerMenu();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(menu).not.toHaveClass('is-open');
    const nav = within(menu).getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Dashboard', 'My workplace', 'My pods', 'Votes']);
    expect(within(menu).getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    // The language stays outside the menu, switchable with the menu closed.
    expect(menu).not.toContainElement(screen.getByTestId('language-switch'));

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(menu).toHaveClass('is-open');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(menu).not.toHaveClass('is-open');
  });

  it('opens from the keyboard, and Escape closes it with focus back on the button', async () => {
    memberApi();
    const { user } = renderApp('/');
    const { button, menu } = await headerMenu();
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(within(menu).getByRole('link', { name: 'Dashboard' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes once a page is chosen, and the page has the focus', async () => {
    memberApi();
    const { user, router } = renderApp('/');
    const { button, menu } = await headerMenu();
    await user.click(button);
    await user.click(within(menu).getByRole('link', { name: 'My workplace' }));

    expect(router.state.location.pathname).toBe('/me');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById('main')).toHaveFocus();
    expect(await screen.findByRole('heading', { level: 1, name: 'My workplace' })).toBeVisible();
  });

  it('closes on a press outside the header, and when the page changes another way', async () => {
    memberApi();
    const { user, router } = renderApp('/me');
    const { button } = await headerMenu();
    await screen.findByRole('heading', { level: 1, name: 'My workplace' });
    await user.click(button);
    await user.click(screen.getByRole('heading', { level: 1, name: 'My workplace' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);
    await router.navigate('/');
    await screen.findByRole('heading', { name: 'Your chapter: Triangle' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('has no button before login, where there is no menu', async () => {
    mockApi({
      'GET /api/auth/session': {
        status: 401,
        body: { error: { code: 'unauthenticated', message: 'Log in to continue' } },
      },
    });
    renderApp('/login');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Menu' })).toBeNull();
    expect(screen.getByTestId('language-switch')).toBeInTheDocument();
  });
});
