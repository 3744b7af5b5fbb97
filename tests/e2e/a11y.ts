import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What axe found on a page that is serious or critical, one line per rule and node. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')}`),
  );
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules and best practices) in the page as it is now and
 * returns its serious and critical violations. The script is evaluated through the DevTools
 * protocol, so the app's Content-Security-Policy stays as strict as in production.
 */
export async function seriousViolations(page: Page): Promise<Result[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(`${axeSource};0`);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResults> } })
      .axe;
    return axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
  });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Waits until nothing on the page says it is still loading (the app's spinners, a region marked
 * busy), so axe reads the page people read rather than the moment before its data came.
 */
async function settled(page: Page): Promise<void> {
  const loading = page.locator('.loading, [aria-busy="true"]');
  for (let i = 0; i < 100 && (await loading.count()) > 0; i++) await page.waitForTimeout(100);
  if ((await loading.count()) > 0) throw new Error('The page was still loading after 10 seconds');
}

/**
 * Fails with every serious or critical axe violation on the page, named with `where`, once the
 * page has finished loading.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  await settled(page);
  const lines = describeViolations(await seriousViolations(page));
  if (lines.length > 0) {
    throw new Error(
      `axe-core found ${lines.length} serious or critical problem(s) on ${where}:\n${lines.join('\n')}`,
    );
  }
}
