import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible } from './a11y';
import { launch, login, openNav, shot } from './browser';

const baseUrl = inject('baseUrl');
const chromePath = inject('chromePath');

describe.skipIf(!chromePath)('every role logs in and sees its dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromePath);
  });
  afterAll(() => browser?.close());

  it('the login page, and its error', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/login`);
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    await expectAccessible(page, 'the login page');
    // No such account: the demo accounts' failed-login counts are left alone.
    await page.getByLabel('Email address').fill('nobody@demo.test');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'the login page with its error');
    await page.close();
  });

  const roles = ['national', 'admin', 'chapter', 'chapter2', 'organizer', 'member'] as const;
  for (const role of roles) {
    it(`${role}`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await login(page, baseUrl, `${role}@demo.test`);
      await expect(page.getByTestId('dashboard')).toBeDefined();
      if (role === 'national' || role === 'admin') {
        await page.getByTestId('total-members').waitFor();
        const total = await page.getByTestId('total-members').innerText();
        expect(Number(total.replace(/[^\d]/g, ''))).toBeGreaterThan(100);
      }
      await shot(page, `dashboard-${role}-en`);
      await expectAccessible(page, `the ${role} dashboard`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('national switches to Spanish, and the choice is saved', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await login(page, baseUrl, 'national@demo.test');
    const sw = page.getByTestId('language-switch');
    if ((await sw.evaluate((el) => el.tagName)) === 'SELECT') await sw.selectOption('es');
    else await sw.getByRole('button', { name: /español|es/i }).click();
    await page
      .getByText(/miembros/i)
      .first()
      .waitFor();
    await shot(page, 'dashboard-national-es');
    await expectAccessible(page, 'the national dashboard in Spanish');
    await page.reload();
    await page.getByTestId('dashboard').waitFor();
    await page
      .getByText(/miembros/i)
      .first()
      .waitFor();
    const session = (await page.evaluate(() =>
      fetch('/api/auth/session').then((r) => r.json()),
    )) as { user: { language: string } };
    expect(session.user.language).toBe('es');
    // Back to English, so the other browser tests on this server find the English interface.
    const back = page.getByTestId('language-switch');
    if ((await back.evaluate((el) => el.tagName)) === 'SELECT') await back.selectOption('en');
    else await back.getByRole('button', { name: /english|en/i }).click();
    await page
      .getByText(/members/i)
      .first()
      .waitFor();
    await context.close();
  });

  it('a phone-width member page has no horizontal scroll', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, baseUrl, 'member@demo.test');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, 'dashboard-member-phone');
    await expectAccessible(page, 'the member dashboard on a phone');
    await page.close();
  });

  it('national staff on a phone: the menu folds behind one button', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, baseUrl, 'national@demo.test');
    await page.getByTestId('language-switch').selectOption('en');
    const button = page.getByRole('button', { name: 'Menu', exact: true });
    const nav = page.getByRole('navigation', { name: 'Main' });
    const focused = () => button.evaluate((el) => el === document.activeElement);

    // One row above the page: the brand, the language, the menu button.
    await shot(page, 'header-phone-closed');
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThan(90);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.count()).toBe(0);

    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.getByRole('link').count()).toBe(11);
    await nav.getByRole('link', { name: 'Union staffers' }).waitFor();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    await shot(page, 'header-phone-open');
    await expectAccessible(page, 'the open menu on a phone');

    // Escape from a link closes it and gives the focus back to the button.
    await page.keyboard.press('Tab');
    expect(
      await nav
        .getByRole('link', { name: 'Dashboard' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await focused()).toBe(true);

    // Following a link closes it; the new page has the focus.
    await openNav(page);
    await nav.getByRole('link', { name: 'Recruitment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Recruitment' }).waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // The narrowest phones keep the one row too, the button named Menu with its icon alone.
    for (const width of [360, 320]) {
      await page.setViewportSize({ width, height: 740 });
      await shot(page, `header-phone-${width}`);
      const narrow = (await page.locator('.site-header').boundingBox())!;
      expect(narrow.height, `header height at ${width} px`).toBeLessThan(90);
      expect(await button.isVisible()).toBe(true);
    }

    // On a desk the same header shows every link and no button.
    await page.setViewportSize({ width: 1280, height: 900 });
    await nav.getByRole('link', { name: 'Union staffers' }).waitFor();
    expect(await button.isVisible()).toBe(false);
    await shot(page, 'header-desktop');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the account page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(page, baseUrl, 'member@demo.test');
    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByTestId('two-factor').waitFor();
    await shot(page, 'account');
    await expectAccessible(page, 'the account page');
    await page.close();
  });
});
