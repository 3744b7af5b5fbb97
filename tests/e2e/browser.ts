import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const screenshotDir = resolve(import.meta.dirname, 'screenshots');

/** Debian's Chromium, headless, with the flags that keep it off this machine's closed network. */
export async function launch(chromePath: string): Promise<Browser> {
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export async function login(
  page: Page,
  baseUrl: string,
  email: string,
  password = 'shopfloor-demo',
) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/email|correo/i).fill(email);
  await page.getByLabel(/password|contraseña/i).fill(password);
  await page.getByRole('button', { name: /log in|iniciar sesión|entrar/i }).click();
  await page.getByTestId('dashboard').waitFor({ timeout: 15_000 });
}

/**
 * Opens the header's menu where a narrow screen folds it behind its button (a phone); on a wide
 * screen its links are always shown and this does nothing. Call it before clicking a menu link.
 */
export async function openNav(page: Page): Promise<void> {
  const button = page.getByTestId('menu-button');
  await button.waitFor({ state: 'attached' });
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') {
    await button.click();
  }
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}
