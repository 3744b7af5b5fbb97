import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible } from './a11y';
import { launch, login, openNav, shot } from './browser';

const baseUrl = inject('baseUrl');
const chromePath = inject('chromePath');

/** Five members; the third has a ZIP code that does not exist, and "Cell" is no known column. */
const roster = [
  'ak_id,first_name,last_name,email,zip,preferred_language,Cell',
  '900101,Marisol,Vega,marisol.vega@example.org,27701,es,919-555-0301',
  '900102,Terrence,Hall,terrence.hall@example.org,27705,en,919-555-0302',
  '900103,Priya,Natarajan,priya.natarajan@example.org,00000,en,919-555-0303',
  '900104,Daniel,Okoro,daniel.okoro@example.org,27707,en,919-555-0304',
  '900105,Lucía,Ramos,lucia.ramos@example.org,27713,es,919-555-0305',
].join('\n');

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function setLanguage(page: Page, language: 'en' | 'es') {
  await page.getByTestId('language-switch').selectOption(language);
}

describe.skipIf(!chromePath)('chapter workspace and member self-report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromePath);
  });
  afterAll(() => browser?.close());

  it('the committee imports a roster, fixing a rejected line, and moves a campaign in two clicks', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, baseUrl, 'chapter@demo.test');

    await page.getByRole('link', { name: 'Chapter workspace' }).click();
    await page.getByRole('link', { name: 'Import and export' }).click();
    await page.getByLabel('CSV file').waitFor();
    await expectAccessible(page, 'the import wizard');
    await page.getByLabel('CSV file').setInputFiles({
      name: 'triangle-new-members.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(roster),
    });

    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    const rejected = page.getByRole('table', { name: 'Rejected lines' });
    await rejected.getByRole('rowheader', { name: '4' }).waitFor();
    expect(await rejected.innerText()).toMatch(/not a US ZIP code/);

    // The unknown column is read as the phone number; the file is checked again.
    await page.getByLabel('Column Cell').selectOption('phone');
    await page.getByRole('button', { name: 'Import and skip 1 rejected line' }).waitFor();
    await shot(page, 'workspace-import-preview');
    await expectAccessible(page, "the import wizard's preview");

    const line = page.getByRole('textbox', { name: 'Line 4' });
    expect(await line.inputValue()).toContain(',00000,');
    await line.fill((await line.inputValue()).replace(',00000,', ',27713,'));
    await page.getByRole('button', { name: 'Check again', exact: true }).click();
    await page.getByRole('button', { name: 'Import 5 members' }).click();

    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').innerText()).toMatch(/New members\s*5/);
    await shot(page, 'workspace-import-done');
    await expectAccessible(page, 'the import wizard, done');

    // The fixed line is in the roster, its phone number read through the column mapping.
    const member = await page.evaluate(async () => {
      const session = (await (await fetch('/api/auth/session')).json()) as {
        user: { chapterId: number };
      };
      const url = `/api/chapters/${session.user.chapterId}/members?q=Natarajan`;
      return ((await (await fetch(url)).json()) as { items: unknown[] }).items[0];
    });
    expect(member).toMatchObject({ zip: '27713', phone: '919-555-0303' });

    await page.getByRole('link', { name: 'See the workplaces' }).click();
    await page.getByRole('link', { name: 'Whole Foods Market' }).waitFor();
    await expectAccessible(page, "the chapter's workplaces");
    const row = page.locator('tr', { has: page.getByRole('link', { name: 'Whole Foods Market' }) });
    await row.getByRole('button', { name: 'Start a campaign at Whole Foods Market' }).click();
    const stage = row.getByRole('combobox', { name: 'Campaign stage at Whole Foods Market' });
    await stage.waitFor();
    expect(await stage.inputValue()).toBe('mapping');

    // Two clicks: open the stage list, choose the stage. It is saved at once.
    await stage.selectOption('committee');
    await row.getByText('Saved: Committee').waitFor();
    await page.reload();
    const reloaded = page.getByRole('combobox', { name: 'Campaign stage at Whole Foods Market' });
    await reloaded.waitFor();
    expect(await reloaded.inputValue()).toBe('committee');
    await shot(page, 'workspace-workplaces');
    await expectAccessible(page, "the chapter's workplaces with a campaign moved");

    // Its page: the campaign with its history, and who works there.
    await page.getByRole('link', { name: 'Whole Foods Market' }).click();
    await page.getByRole('heading', { name: 'Stage history' }).waitFor();
    await page.getByText('Mapping → Committee').waitFor();
    await shot(page, 'workspace-workplace');
    await expectAccessible(page, "a workplace's page");

    await page.getByRole('link', { name: 'Audit log' }).click();
    await page
      .getByRole('table', { name: 'Audit log entries' })
      .getByText('stage changed')
      .first()
      .waitFor();
    await shot(page, 'workspace-audit');
    await expectAccessible(page, 'the audit log');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the workspace fits a phone screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, baseUrl, 'chapter@demo.test');
    for (const path of [
      '/chapter/workplaces',
      '/chapter/members',
      '/chapter/import',
      '/chapter/audit',
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await noSidewaysScroll(page);
      await shot(page, `workspace-phone-${path.split('/').at(-1)}`);
      await expectAccessible(page, `${path} on a phone`);
    }
    await page.close();
  });

  it('a member reports where they work, in Spanish and in English', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, baseUrl, 'member@demo.test');
    await openNav(page);
    await page.getByRole('link', { name: 'My workplace' }).click();
    await page.getByTestId('me-page').waitFor();
    await expectAccessible(page, 'the member page');

    await setLanguage(page, 'es');
    await page.getByRole('heading', { level: 1, name: 'Mi lugar de trabajo' }).waitFor();
    await page.getByLabel('Empresa').fill('Hospital Regional Durham');
    await page.getByLabel('Sede o centro').fill('Urgencias');
    await page.getByLabel('Código postal de tu lugar de trabajo').fill('99999');
    await page.getByLabel('Sector').selectOption('62');
    await page.getByLabel('Puesto').fill('Enfermera');
    await page.getByRole('button', { name: 'Guardar' }).click();
    // An unknown ZIP code is refused, and said so under its field.
    await page.getByText(/no es un código postal de EE\. UU\..*como 27701/).waitFor();
    await expectAccessible(page, 'the member page in Spanish, with an error');

    await page.getByLabel('Código postal de tu lugar de trabajo').fill('27710');
    await page.getByLabel('Estoy afiliado/a a un sindicato').check();
    await page.getByLabel('Sindicato', { exact: true }).fill('SEIU');
    await page.getByLabel('Local', { exact: true }).fill('1199');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Guardado. ¡Gracias!').waitFor();
    await page.getByTestId('current-work').getByText('Hospital Regional Durham').waitFor();
    await noSidewaysScroll(page);
    await shot(page, 'member-self-report-es');
    await expectAccessible(page, 'the member page in Spanish, saved');

    await setLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'My workplace' }).waitFor();
    await page.getByLabel('Job title').fill('Charge nurse');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved. Thank you').waitFor();
    await page.getByTestId('current-work').getByText('Charge nurse').waitFor();
    await shot(page, 'member-self-report-en');
    await expectAccessible(page, 'the member page, saved again');
    expect(errors).toEqual([]);
    await page.close();
  });
});
