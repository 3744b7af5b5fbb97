import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * Time from navigation to the national map's clusters being drawn, in headless Chromium against
 * the benchmark server (national dataset). The map marks `clusters-drawn` when its cluster layer
 * has drawn for the first time.
 */
export async function timeToClusters(
  base: string,
  email: string,
  password: string,
  runs = 3,
): Promise<number[] | null> {
  const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  if (!chromePath) {
    console.log('No Chromium found: the time-to-clusters figure is skipped.');
    return null;
  }
  const browser = await chromium.launch({
    executablePath: chromePath,
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
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/login`);
    await page.getByLabel(/email/i).fill(email);
    await page.getByLabel(/password/i).fill(password);
    await page.getByRole('button', { name: /log in/i }).click();
    await page.getByTestId('dashboard').waitFor({ timeout: 30_000 });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`${base}/map`);
      await page.locator('[data-clusters-drawn="true"]').waitFor({ timeout: 30_000 });
      const mark = await page.evaluate(
        () => performance.getEntriesByName('clusters-drawn')[0]?.startTime ?? null,
      );
      if (mark === null)
        throw new Error('the map drew its clusters but set no clusters-drawn mark');
      times.push(Math.round(mark));
    }
    return times;
  } finally {
    await browser.close();
  }
}
