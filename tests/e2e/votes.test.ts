import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expectAccessible } from './a11y';
import { launch, login, openNav, shot } from './browser';

const baseUrl = inject('baseUrl');
const chromePath = inject('chromePath');

const VOTE = /Endorse Valeria Gómez/;

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Logs in and makes sure the interface is in English: the language is saved to the account, and
 * another browser test (roles) switches national staff to Spanish.
 */
async function loginInEnglish(page: Page, email: string) {
  await login(page, baseUrl, email);
  await page.getByTestId('language-switch').selectOption('en');
  // The menu reads in English (on the member's phone it is folded away, so it is not opened).
  await page
    .getByRole('link', { name: 'Dashboard', exact: true, includeHidden: true })
    .waitFor({ state: 'attached' });
}

/** Presses a chart's download button and returns the file the browser saved. */
async function download(page: Page, chart: Locator, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

// One story, in order: the member signs and votes, national closes the vote, the member checks
// their ballot, national reads turnout. Each step needs the one before it.
describe.skipIf(!chromePath)('votes: sign, vote, close, find my ballot, turnout', () => {
  let browser: Browser;
  let memberContext: BrowserContext;
  let member: Page;
  let national: Page;
  let receipt = '';
  beforeAll(async () => {
    browser = await launch(chromePath);
    // The member uses a phone; national staff a desk.
    memberContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    member = await memberContext.newPage();
    national = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => browser?.close());

  it('member@demo.test signs the open petition and votes in the open endorsement vote', async () => {
    const errors = watchErrors(member);
    await loginInEnglish(member, 'member@demo.test');
    await openNav(member);
    await member.getByRole('link', { name: 'Votes', exact: true }).click();
    await member.getByTestId('votes-page').waitFor();
    await expectAccessible(member, "a member's votes page");

    const petition = member.getByTestId('petition').filter({ hasText: /salting/ });
    await petition.getByText('6 of 10 signatures needed').waitFor();
    await petition.getByRole('button', { name: /Sign this petition/ }).click();
    await petition.getByText('You signed this petition.').waitFor();
    await petition.getByText('7 of 10 signatures needed').waitFor();

    const card = member.getByTestId('vote-card').filter({ hasText: VOTE });
    expect(await card.getByRole('link', { name: /recording of forum 1/ }).count()).toBe(1);
    await card.getByText(/Valeria led the 2025 school walkouts/).waitFor();
    await card.getByText(/corporate PAC money/).waitFor();
    await card.getByLabel('Yes').check();
    await card.getByRole('button', { name: 'Cast my ballot' }).click();

    const code = card.getByTestId('receipt-code');
    await code.waitFor();
    receipt = (await code.innerText()).trim();
    expect(receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    expect(await card.getByTestId('receipt').innerText()).toContain(
      'Keep this code: after the vote closes you can find your ballot in the published list',
    );
    await noSidewaysScroll(member);
    await card.scrollIntoViewIfNeeded();
    await shot(member, 'votes-receipt');
    await expectAccessible(member, 'the votes page with a receipt');
    expect(errors).toEqual([]);
  });

  it('national@demo.test closes the vote through the votes admin page', async () => {
    const errors = watchErrors(national);
    await loginInEnglish(national, 'national@demo.test');
    // Everyone reads the petitions; only members sign them.
    await national.getByRole('link', { name: 'Votes', exact: true }).click();
    const petition = national.getByTestId('petition').filter({ hasText: /salting/ });
    await petition.getByText('7 of 10 signatures needed').waitFor();
    expect(await petition.getByRole('button').count()).toBe(0);
    await shot(national, 'votes-national-list');
    await expectAccessible(national, "national staff's votes page");

    await national.getByRole('link', { name: 'Run votes', exact: true }).click();
    await national.getByTestId('votes-admin').waitFor();
    await expectAccessible(national, 'the votes admin page');
    await national.getByRole('link', { name: VOTE }).click();
    await national.getByTestId('manage-vote').waitFor();
    expect(await national.getByTestId('vote-state').textContent()).toBe('Open');

    await shot(national, 'votes-admin');
    await expectAccessible(national, 'the page that runs a vote');
    await national.getByRole('button', { name: 'Close voting' }).click();
    await national.getByRole('button', { name: 'Yes, close voting now' }).click();
    await national.getByText('Voting has closed and the results are published.').waitFor();
    expect(await national.getByTestId('vote-state').textContent()).toBe('Closed');
    await expectAccessible(national, 'the page that runs a vote, closed');
    expect(errors).toEqual([]);
  });

  it('the member opens the results and finds their ballot by its receipt', async () => {
    const errors = watchErrors(member);
    await member.goto(`${baseUrl}/votes`);
    const closed = member.getByRole('region', { name: 'Closed votes' });
    await closed.getByRole('link', { name: VOTE }).click();
    await member.getByTestId('results-page').waitFor();
    const totals = member.getByTestId('totals-table');
    await totals.waitFor();
    expect(await totals.getByRole('row', { name: /^Yes/ }).count()).toBe(1);
    await member.getByTestId('totals-chart').locator('svg').first().waitFor();
    // The chart goes to a meeting as an image, its table as a spreadsheet.
    const chart = member.getByRole('region', { name: 'Ballots for each answer' });
    const png = await download(member, chart, 'Download PNG');
    expect(png.name).toBe('ballots-for-each-answer.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    const csv = await download(member, chart, 'Download CSV');
    expect(csv.name).toBe('ballots-for-each-answer.csv');
    expect(csv.bytes.toString('utf8')).toMatch(/^\uFEFFAnswer,Ballots,Share of ballots\nYes,\d+,/);

    await member.getByLabel('Your receipt code').fill(receipt);
    await member.getByRole('button', { name: 'Find my ballot' }).click();
    const found = member.getByTestId('find-result');
    // The demo's other 25 voters and this member make 26 ballots: at least 20, so the ballots
    // are published one by one and the member's own says "Yes". Had fewer voted, only the totals
    // and the receipt hashes would be published, and the page would say why.
    const { ballotsCast } = (await member.evaluate(async () => {
      const id = location.pathname.split('/')[2];
      return (await fetch(`/api/votes/${id}/results`)).json();
    })) as { ballotsCast: number };
    if (ballotsCast >= 20) {
      await found.getByText('Your ballot is in the published list. It says:').waitFor();
      expect(await found.innerText()).toMatch(/Yes/);
      expect(await member.getByTestId('not-published').count()).toBe(0);
    } else {
      expect(await member.getByTestId('not-published').innerText()).toContain(
        'Ballots are not published individually because fewer than 20 members voted',
      );
      await found.getByText(/Your ballot was counted/).waitFor();
    }
    await noSidewaysScroll(member);
    await shot(member, 'votes-results');
    await expectAccessible(member, 'the results page');
    expect(errors).toEqual([]);
  });

  it('national opens the turnout page, by chapter and on the map by region', async () => {
    const errors = watchErrors(national);
    await national.getByRole('link', { name: 'Turnout' }).click();
    await national.getByTestId('turnout-page').waitFor();
    const table = national.getByTestId('turnout-table');
    await table.waitFor();
    expect(await table.getByRole('row', { name: /Triangle/ }).count()).toBe(1);
    expect(await table.innerText()).toContain('<5');
    const byChapter = national.getByRole('region', { name: 'Turnout by chapter' });
    const csv = await download(national, byChapter, 'Download CSV');
    expect(csv.name).toBe('turnout-by-chapter.csv');
    expect(csv.bytes.toString('utf8')).toMatch(/^\uFEFFChapter,On the roll,Voted,Turnout\n/);
    expect(csv.bytes.toString('utf8')).toMatch(/\nTriangle,/);
    expect(await byChapter.getByRole('button', { name: 'Download PNG' }).count()).toBe(1);
    await shot(national, 'votes-turnout-chapter');
    await expectAccessible(national, 'turnout by chapter');

    await national.getByLabel('Show turnout by').selectOption('region');
    await national.getByRole('heading', { name: 'Turnout by region' }).waitFor();
    await national.getByRole('list', { name: 'Turnout by region' }).waitFor();
    await national.locator('.leaflet-container canvas').first().waitFor();
    // The state shapes are drawn once they arrive.
    await national.waitForTimeout(500);
    await shot(national, 'votes-turnout');
    await expectAccessible(national, 'turnout by region');
    expect(errors).toEqual([]);
  });
});
