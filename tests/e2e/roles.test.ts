import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible } from './a11y';
import { launch, login, shot } from './browser';

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
