import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible } from './a11y';
import { launch, login, shot } from './browser';

const baseUrl = inject('baseUrl');
const chromePath = inject('chromePath');

const isLeafletChunk = (url: string) => /\/assets\/(leaflet|south-map)-[\w-]+\.js$/.test(url);

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Opens the table under a chart ("Show as table"). */
async function openTable(page: Page, chart: string) {
  await page.getByTestId(chart).locator('details.chart-table > summary').click();
}

describe.skipIf(!chromePath)('recruitment, goals, the South, the reserve', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromePath);
  });
  afterAll(() => browser?.close());

  it('national staff open Southern coverage: its map (loaded only then) and the same figures in a table', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await login(page, baseUrl, 'national@demo.test');
    expect(requests.filter(isLeafletChunk)).toEqual([]);

    await nav(page).getByRole('link', { name: 'The South' }).click();
    await page.getByRole('heading', { level: 1, name: 'Southern coverage' }).waitFor();
    const map = page.getByTestId('south-map').locator('.base-map');
    await map.waitFor();
    await map.locator('canvas').first().waitFor();
    expect(requests.some(isLeafletChunk)).toBe(true);

    // The table: every state of the Census South, with the figures the map shades.
    const table = page.getByTestId('south-states').locator('tbody tr');
    expect(await table.count()).toBe(17);
    const georgia = page.getByTestId('south-states').locator('tr', { hasText: 'Georgia' });
    await expect.poll(() => georgia.locator('td').first().innerText()).toBe('1');

    // Picking a state in the table opens its figures beside the map.
    await page.getByRole('button', { name: 'Georgia' }).click();
    await page.getByTestId('south-panel').getByRole('heading', { name: 'Georgia' }).waitFor();
    expect(await page.getByTestId('south-panel').innerText()).toContain('A labor committee');

    // The gaps, most members first, each with the way to reserve organizers.
    const gaps = page.getByTestId('south-gaps').locator('tbody tr');
    expect(await gaps.first().locator('th').innerText()).toContain('Atlanta');
    await page.getByTestId('south-trend').locator('svg.recharts-surface').first().waitFor();
    await shot(page, 'south-page');
    await expectAccessible(page, 'the Southern coverage page');

    await page.getByRole('link', { name: 'Find reserve organizers for Atlanta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organizer reserve' }).waitFor();
    const suggestions = page.getByTestId('suggestion-list');
    await suggestions.waitFor();
    expect(await page.locator('#suggestions-chapter').inputValue()).toBe('3');
    expect(await suggestions.innerText()).toContain('Speaks Spanish');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('national staff see recruitment for the South with its goal drawn, and for a chapter', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, baseUrl, 'national@demo.test');

    await nav(page).getByRole('link', { name: 'Recruitment' }).click();
    await page.getByRole('heading', { level: 2, name: 'Figures for the nation' }).waitFor();
    await page.getByTestId('members-chart').locator('svg.recharts-surface').first().waitFor();
    // The nation's 100,000-member goal is far above the demo's figures: named, not drawn.
    expect(await page.getByTestId('members-chart').innerText()).toContain(
      'Not drawn, far above this chart',
    );

    await page.getByLabel('Figures for', { exact: true }).selectOption('region');
    // Exact: while the nation's figures are still shown, "Joins by region" is a label too.
    await page.getByLabel('Region', { exact: true }).selectOption('south');
    await page.getByRole('heading', { level: 2, name: 'Figures for the South' }).waitFor();
    const flow = page.getByTestId('flow-chart');
    await flow.locator('.recharts-reference-line').first().waitFor({ state: 'attached' });
    expect(await flow.locator('svg.recharts-surface').first().textContent()).toContain(
      'Goal: 3.4 a month',
    );
    expect(await flow.innerText()).toContain(
      'Dashed line: the goal of 60 recruits by Jun 30, 2027',
    );
    await openTable(page, 'flow-chart');
    expect(await flow.locator('table tbody tr').count()).toBe(24);
    await shot(page, 'recruitment-south');
    await expectAccessible(page, 'the recruitment page (the South)');

    await page.getByLabel('Figures for', { exact: true }).selectOption('chapter');
    await page.getByLabel('Chapter').selectOption({ label: 'Triangle' });
    await page.getByRole('heading', { level: 2, name: 'Figures for Triangle' }).waitFor();
    const members = page.getByTestId('members-chart');
    await members.locator('.recharts-reference-line').first().waitFor({ state: 'attached' });
    expect(await members.locator('svg.recharts-surface').first().textContent()).toContain(
      'Goal: 60',
    );
    expect(await members.innerText()).toContain(
      'Dashed line: the goal of 60 members by Dec 31, 2027',
    );
    await shot(page, 'recruitment-goal-line');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('national staff set a goal: the server names a bad field, then the goal is listed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(page, baseUrl, 'national@demo.test');
    await nav(page).getByRole('link', { name: 'Goals' }).click();
    await page.getByTestId('goal-2').waitFor();
    await page.getByText('Set a goal').click();
    const form = page.getByTestId('goal-create-form');
    await form.getByLabel('Goal for').selectOption('state');
    await form.getByLabel('State').selectOption('GA');
    await form.getByLabel('What it counts').selectOption('recruits');
    await form.getByLabel('Target').fill('20000000');
    await form.getByLabel('Due date').fill('2027-12-31');
    await form.getByRole('button', { name: 'Set the goal' }).click();
    const target = form.getByLabel('Target');
    await expect.poll(() => target.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('#goal-new-target-error').innerText()).toMatch(/10000000|10,000,000/);

    await target.fill('40');
    await form.getByRole('button', { name: 'Set the goal' }).click();
    await page.getByRole('heading', { name: /^40 recruits by/ }).waitFor();
    await shot(page, 'goals-page');
    await expectAccessible(page, 'the goals page');
    await page.close();
  });

  it('national staff filter the reserve, propose a mentorship, and list union staffers', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, baseUrl, 'national@demo.test');
    await nav(page).getByRole('link', { name: 'Organizer reserve' }).click();
    const list = page.getByTestId('reserve-list');
    await list.waitFor();
    expect(await list.locator('article').count()).toBe(3);
    await page.getByLabel('Skill').selectOption('bargaining');
    await expect.poll(() => list.locator('article').count()).toBe(1);
    await page.getByLabel('Speaks').selectOption('es');
    await page.getByTestId('reserve-empty').waitFor();
    await page.getByLabel('Skill').selectOption('');
    await expect.poll(() => list.locator('article').count()).toBe(2);

    // A pairing from the form: it shows up in the list as proposed.
    await page.getByText('Pair an organizer with a chapter').click();
    const form = page.getByTestId('mentorship-form');
    await form.getByLabel('Reserve organizer').selectOption({ index: 1 });
    await form.getByLabel('Chapter').selectOption({ label: 'Asheville (NC), no labor committee' });
    await form.getByRole('button', { name: 'Propose the mentorship' }).click();
    await page
      .getByTestId('mentorship-list')
      .getByText(/with Asheville \(NC\)/)
      .waitFor();
    await shot(page, 'reserve-page');
    await expectAccessible(page, 'the organizer reserve page');

    await nav(page).getByRole('link', { name: 'Union staffers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Union staffers' }).waitFor();
    await page.getByTestId('staffers-list').or(page.getByTestId('staffers-empty')).waitFor();
    await expectAccessible(page, 'the union staffers page');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the pages fit a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, baseUrl, 'national@demo.test');
    await page.goto(`${baseUrl}/recruitment?scope=region&id=south`);
    await page.getByTestId('flow-chart').locator('svg.recharts-surface').first().waitFor();
    await noSidewaysScroll(page);
    await shot(page, 'recruitment-phone');
    await page.goto(`${baseUrl}/south`);
    await page.getByTestId('south-map').locator('canvas').first().waitFor();
    await page.getByTestId('south-trend').locator('svg.recharts-surface').first().waitFor();
    await noSidewaysScroll(page);
    await shot(page, 'south-phone');
    await page.goto(`${baseUrl}/goals`);
    await page.getByTestId('goal-2').waitFor();
    await noSidewaysScroll(page);
    await page.goto(`${baseUrl}/reserve`);
    await page.getByTestId('reserve-list').waitFor();
    await page.getByTestId('suggestion-list').waitFor();
    await noSidewaysScroll(page);
    await shot(page, 'reserve-phone');
    await page.goto(`${baseUrl}/union-staffers`);
    await page.getByTestId('staffers-list').or(page.getByTestId('staffers-empty')).waitFor();
    await noSidewaysScroll(page);
    await page.close();
  });

  it('a chapter committee sees its own recruitment figures and goal', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(page, baseUrl, 'chapter@demo.test');
    await nav(page).getByRole('link', { name: 'Recruitment' }).click();
    await page.getByRole('heading', { level: 2, name: 'Figures for Triangle' }).waitFor();
    await page
      .getByTestId('members-chart')
      .locator('.recharts-reference-line')
      .first()
      .waitFor({ state: 'attached' });
    expect(await nav(page).getByRole('link', { name: 'The South' }).count()).toBe(0);
    await expectAccessible(page, "a chapter's recruitment page");
    await page.close();
  });

  it('a member offers to help as a reserve organizer from their own page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, baseUrl, 'member@demo.test');
    await page.goto(`${baseUrl}/me`);
    const section = page.getByTestId('reserve-opt-in');
    await section.getByRole('button', { name: 'Offer to help' }).click();
    const form = page.getByTestId('reserve-opt-in-form');
    // Nothing chosen: the server names every answer that is missing.
    await form.getByRole('button', { name: 'Join the reserve' }).click();
    await form.locator('#reserve-skills-error').waitFor();
    expect(await form.getByRole('alert').innerText()).toContain('Some answers need fixing');

    await form.getByLabel('One-on-ones').check();
    await form.getByLabel('Workplace mapping').check();
    await form.getByLabel('English').check();
    await form.getByLabel('Hours a month you can give').fill('6');
    await form.getByRole('button', { name: 'Add every Southern state' }).click();
    await form.getByRole('button', { name: 'Join the reserve' }).click();
    await section.getByText(/You are in the reserve/).waitFor();
    await noSidewaysScroll(page);
    await shot(page, 'me-reserve');
    await expectAccessible(page, "the member's page with the reserve opt-in");
    await page.close();
  });
});
