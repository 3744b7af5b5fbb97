import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { expectAccessible } from './a11y';
import { launch, login, shot } from './browser';

const baseUrl = inject('baseUrl');
const chromePath = inject('chromePath');

const statuses = ['not_started', 'trained', 'mapping', 'committee', 'campaign', 'unionized'];
const stages = ['mapping', 'committee', 'majority', 'public', 'election', 'bargaining'];
const stageNames: Record<string, string> = {
  mapping: 'Mapping',
  committee: 'Committee',
  majority: 'Majority',
  public: 'Public',
  election: 'Election',
  bargaining: 'Bargaining',
  won: 'Won',
  lost: 'Lost',
  paused: 'Paused',
};

/** A table cell's count as a number ("–" or a missing cell is none). */
async function countIn(cell: Locator): Promise<number> {
  if ((await cell.count()) === 0) return 0;
  const text = (await cell.textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, '') || 0);
}

/** Opens the table under a chart ("Show as table"), where the figures can be read. */
async function openTable(page: Page, chart: string) {
  const details = page.getByTestId(chart).locator('details.chart-table');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
}

/** Clicks a download button and returns the file the browser saved, with its name. */
async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The pod's goal lines are named inside the status chart, however narrow the screen. */
async function goalLabelsInside(page: Page) {
  const chart = page.getByTestId('status-chart');
  const labels = chart.locator('.chart-line-label');
  expect(await labels.count()).toBeGreaterThan(0);
  const drawing = (await chart.locator('svg.recharts-surface').first().boundingBox())!;
  for (const label of await labels.all()) {
    const box = (await label.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(drawing.x);
    expect(box.x + box.width).toBeLessThanOrEqual(drawing.x + drawing.width);
  }
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe.skipIf(!chromePath)('pods and the national pipeline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromePath);
  });
  afterAll(() => browser?.close());

  it("a coordinator moves a member's status and a campaign's stage, and the pod's charts follow", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, baseUrl, 'organizer@demo.test');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Pods' })
      .click();
    await page.getByRole('link', { name: 'Triangle Healthcare Workers' }).click();
    await page.getByTestId('funnel-table').waitFor({ state: 'attached' });
    await openTable(page, 'funnel-chart');
    await openTable(page, 'stage-chart');

    // A member moves on: to "In a campaign" (or, already there, to "Unionized").
    const member = page.getByRole('combobox', { name: 'Organizing status of Imani Cohen' });
    const from = await member.inputValue();
    const to = from === 'campaign' ? 'unionized' : 'campaign';
    expect(statuses).toContain(from);
    const funnel = (s: string) => page.getByTestId(`funnel-${s}`);
    const beforeTo = await countIn(funnel(to));
    const beforeFrom = await countIn(funnel(from));

    await member.selectOption(to);
    await page.locator('tr', { has: member }).getByText('Saved').waitFor();
    await expect.poll(() => countIn(funnel(to)), { timeout: 10_000 }).toBe(beforeTo + 1);
    expect(await countIn(funnel(from))).toBe(beforeFrom - 1);

    // Duke's campaign moves one stage forward, saved at once.
    const stage = page.getByRole('combobox', {
      name: 'Campaign stage at Duke University Hospital',
    });
    const at = await stage.inputValue();
    const next = stages[stages.indexOf(at) + 1] ?? (at === 'won' ? 'lost' : 'won');
    const month = new Date().toISOString().slice(0, 7);
    const stageCell = (s: string) => page.getByTestId(`stage-${month}-${s}`);
    const beforeNext = await countIn(stageCell(next));

    await stage.selectOption(next);
    await page
      .locator('tr', { has: stage })
      .getByText(/^Saved: /)
      .waitFor();
    await expect.poll(() => countIn(stageCell(next)), { timeout: 10_000 }).toBe(beforeNext + 1);

    await page.reload();
    await page.getByTestId('funnel-table').waitFor({ state: 'attached' });
    expect(
      await page.getByRole('combobox', { name: 'Organizing status of Imani Cohen' }).inputValue(),
    ).toBe(to);
    expect(
      await page
        .getByRole('combobox', { name: 'Campaign stage at Duke University Hospital' })
        .inputValue(),
    ).toBe(next);
    await openTable(page, 'funnel-chart');
    await page.getByTestId('status-chart').locator('svg.recharts-surface').first().waitFor();
    await shot(page, 'pod-page');
    await expectAccessible(page, 'the pod page');

    // The chart taken to a meeting: as a picture, and its figures as a spreadsheet.
    const chart = page.getByTestId('status-chart');
    const png = await download(page, chart.getByRole('button', { name: 'Download PNG' }));
    expect(png.name).toBe('members-by-organizing-status.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(20_000);
    // Twice the drawing's width and more (the title sits above it, a margin around).
    const drawing = (await chart.locator('.chart-drawing').boundingBox())!;
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.floor(drawing.width * 2));
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(Math.floor(drawing.height * 2));

    const csv = await download(page, chart.getByRole('button', { name: 'Download CSV' }));
    expect(csv.name).toBe('members-by-organizing-status.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).split('\n');
    const header = await chart.locator('table thead th').allTextContents();
    expect(header[0]).toBe('Month');
    expect(lines[0]).toBe(header.join(','));
    expect(lines.length - 2).toBe(await chart.locator('table tbody tr').count());

    // The workplace's campaign has a page of its own.
    await page.getByRole('link', { name: 'Campaign at Duke University Health System' }).click();
    await page.getByRole('heading', { name: 'Stage history' }).waitFor();
    await page.getByText(`${stageNames[at]} → ${stageNames[next]}`).waitFor();
    await shot(page, 'campaign-page');
    await expectAccessible(page, 'the campaign page');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the pod page fits a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, baseUrl, 'organizer@demo.test');
    await page.goto(`${baseUrl}/pods`);
    await page.getByRole('link', { name: 'Triangle Healthcare Workers' }).click();
    await page.getByTestId('status-chart').locator('svg.recharts-surface').first().waitFor();
    await noSidewaysScroll(page);
    await goalLabelsInside(page);
    await shot(page, 'pod-page-phone');
    await expectAccessible(page, 'the pod page on a phone');
    // The Spanish names are longer: they break onto more lines, still inside the chart.
    await page.getByTestId('language-switch').selectOption('es');
    await page.getByRole('heading', { name: 'Avance', exact: true }).waitFor();
    await goalLabelsInside(page);
    await shot(page, 'pod-page-phone-es');
    await page.getByTestId('language-switch').selectOption('en');
    await page.getByRole('heading', { name: 'Progress', exact: true }).waitFor();
    await page.close();
  });

  it('national staff see the pipeline, with small counts hidden, and the approval queue', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, baseUrl, 'national@demo.test');

    await page.getByRole('link', { name: 'Pipeline' }).click();
    await page.getByTestId('pipeline-stages').locator('svg.recharts-surface').first().waitFor();
    expect(await page.getByTestId('pipeline-total').innerText()).toMatch(/^(<\d+|\d+)$/);
    const queue = page.getByTestId('approval-queue');
    await queue.getByRole('heading', { name: 'Approval queue' }).waitFor();
    await shot(page, 'pipeline');
    await expectAccessible(page, 'the pipeline');

    // An employer across chapters, from the search box.
    await page.getByLabel('Employer name').fill('Amazon');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Amazon' }).click();
    await page.getByTestId('employer-page').waitFor();
    await page.getByRole('heading', { name: 'By state' }).waitFor();
    await shot(page, 'pipeline-employer');
    await expectAccessible(page, "an employer's page");
    expect(errors).toEqual([]);
    await page.close();
  });
});
