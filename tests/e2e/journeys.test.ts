import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expectAccessible } from './a11y';
import { launch, login, openNav, shot } from './browser';
import { pixelOf } from './map-helpers';

const baseUrl = inject('baseUrl');
const chromePath = inject('chromePath');

// Each role's journey runs twice: in English on a desk, and in Spanish on a phone. Every journey
// makes or picks data no other browser test touches (its own roster lines, workplace, pod member,
// petition and vote), so the files and the journeys can run in any order on the one server.

type Lang = 'en' | 'es';
interface Run {
  lang: Lang;
  phone: boolean;
  name: string;
}
const runs: readonly Run[] = [
  { lang: 'en', phone: false, name: 'in English at desktop width (1280×900)' },
  { lang: 'es', phone: true, name: 'in Spanish at phone width (390×844, touch)' },
];

const common = {
  en: { mainNav: 'Main', dashboard: 'Dashboard' },
  es: { mainNav: 'Principal', dashboard: 'Panel' },
} as const;

const statuses = ['not_started', 'trained', 'mapping', 'committee', 'campaign', 'unionized'];

/** A state-changing API call with the session's CSRF token, as the client itself makes it. */
async function call<T>(
  request: APIRequestContext,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  data?: unknown,
): Promise<T> {
  const session = (await (await request.get(`${baseUrl}/api/auth/session`)).json()) as {
    csrfToken: string;
  };
  const res = await request.fetch(`${baseUrl}${path}`, {
    method,
    data,
    headers: { 'x-csrf-token': session.csrfToken },
  });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A context logged in through the API only, for another role's part of a journey. */
async function apiSession(browser: Browser, email: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  const anonymous = (await (await context.request.get(`${baseUrl}/api/auth/session`)).json()) as {
    csrfToken: string;
  };
  const res = await context.request.post(`${baseUrl}/api/auth/login`, {
    data: { email, password: 'shopfloor-demo' },
    headers: { 'x-csrf-token': anonymous.csrfToken },
  });
  if (!res.ok()) throw new Error(`login ${email}: ${res.status()} ${await res.text()}`);
  return context;
}

/** One journey: its own browser context at its width, logged in, in its language. */
class Journey {
  readonly errors: string[] = [];
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly role: string,
    readonly run: Run,
  ) {
    page.on('pageerror', (e) => this.errors.push(e.message));
  }

  static async start(browser: Browser, role: string, run: Run, email: string): Promise<Journey> {
    const context = await browser.newContext(
      run.phone
        ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
        : { viewport: { width: 1280, height: 900 } },
    );
    const journey = new Journey(context, await context.newPage(), role, run);
    await login(journey.page, baseUrl, email);
    await journey.chooseLanguage();
    return journey;
  }

  get lang(): Lang {
    return this.run.lang;
  }

  /** The main menu, in the journey's language. */
  get nav(): Locator {
    return this.page.getByRole('navigation', { name: common[this.lang].mainNav });
  }

  /** Follows a link of the main menu, opening the menu first on a phone. */
  async navTo(name: string) {
    await openNav(this.page);
    await this.nav.getByRole('link', { name, exact: true }).click();
  }

  /**
   * Chooses the language in the header's switch, as a person does, and waits until the menu reads
   * in it and the choice is saved to the account.
   */
  private async chooseLanguage() {
    const select = this.page.getByTestId('language-switch');
    if ((await select.inputValue()) !== this.lang) {
      const saved = this.page.waitForResponse(
        (r) => r.url().endsWith('/api/auth/session/language') && r.request().method() === 'PATCH',
      );
      await select.selectOption(this.lang);
      expect((await saved).ok()).toBe(true);
    }
    // On a phone the menu is folded away: its links are read without opening it.
    await this.page
      .getByRole('navigation', { name: common[this.lang].mainNav, includeHidden: true })
      .getByRole('link', { name: common[this.lang].dashboard, exact: true, includeHidden: true })
      .waitFor({ state: 'attached' });
    expect(await this.page.locator('html').getAttribute('lang')).toBe(this.lang);
  }

  /**
   * Every page of a journey: a screenshot (taken first, so a failing page is on file too), no
   * sideways scrolling on a phone, and no serious or critical axe-core violation.
   */
  async check(step: string) {
    // From the top: a full-page shot of a scrolled page draws sticky bars over the middle of it.
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await shot(this.page, `journey-${this.role}-${this.lang}-${step}`);
    if (this.run.phone) {
      const { scrollWidth, clientWidth } = await this.page.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      expect(
        scrollWidth,
        `${this.role}/${step} scrolls sideways at phone width`,
      ).toBeLessThanOrEqual(clientWidth + 1);
    }
    await expectAccessible(this.page, `the ${this.role} journey (${this.lang}), step "${step}"`);
  }

  /** Puts the account back in English, which the other browser tests expect, and closes. */
  async end() {
    try {
      if (this.lang !== 'en') {
        await call(this.context.request, 'PATCH', '/api/auth/session/language', {
          language: 'en',
        });
      }
    } finally {
      await this.context.close();
    }
  }
}

/** Opens the table under a chart ("Show as table"). */
async function openTable(j: Journey, chart: string) {
  const details = j.page.getByTestId(chart).locator('details.chart-table');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
}

/** A table cell's count as a number ("–" or no cell is none). */
async function countIn(cell: Locator): Promise<number> {
  if ((await cell.count()) === 0) return 0;
  return Number(((await cell.textContent()) ?? '').replace(/[^\d]/g, '') || 0);
}

async function download(page: Page, link: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

describe.skipIf(!chromePath)('journeys', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromePath);
  });
  afterAll(() => browser?.close());

  describe('chapter committee: import a roster → fix a line → update a workplace → export', () => {
    const text = {
      en: {
        workspace: 'Chapter workspace',
        sections: 'Chapter workspace',
        importExport: 'Import and export',
        importTitle: 'Import and export',
        file: 'CSV file',
        rejected: 'Rejected lines',
        line: 'Line 3',
        checkAgain: 'Check again',
        importAll: 'Import 3 members',
        newMembers: /New members\s*3/,
        seeMembers: 'See the members',
        membersTitle: 'Members',
        search: 'Search members',
        searchButton: 'Search',
        workplaces: 'Workplaces',
        edit: 'Edit this workplace',
        unionStatus: 'Union status',
        unionName: 'Union',
        save: 'Save changes',
        saved: 'The workplace was saved.',
        exportMembers: "Export the chapter's members (CSV)",
        exportWorkplaces: "Export the chapter's workplaces (CSV)",
      },
      es: {
        workspace: 'Espacio del capítulo',
        sections: 'Espacio del capítulo',
        importExport: 'Importar y exportar',
        importTitle: 'Importar y exportar',
        file: 'Archivo CSV',
        rejected: 'Líneas rechazadas',
        line: 'Línea 3',
        checkAgain: 'Volver a revisar',
        importAll: 'Importar 3 miembros',
        newMembers: /Miembros nuevos\s*3/,
        seeMembers: 'Ver los miembros',
        membersTitle: 'Miembros',
        search: 'Buscar miembros',
        searchButton: 'Buscar',
        workplaces: 'Lugares de trabajo',
        edit: 'Editar este lugar de trabajo',
        unionStatus: 'Situación sindical',
        unionName: 'Sindicato',
        save: 'Guardar cambios',
        saved: 'Se guardó el lugar de trabajo.',
        exportMembers: 'Exportar los miembros del capítulo (CSV)',
        exportWorkplaces: 'Exportar los lugares de trabajo del capítulo (CSV)',
      },
    } as const;
    // Its own roster lines and its own workplace for each run.
    const data = {
      en: {
        akBase: 930100,
        domain: 'journey-en.example.org',
        people: [
          ['Harriet', 'Okafor'],
          ['Samuel', 'Lindqvist'],
          ['Amara', 'Whitfield'],
        ],
        workplace: 'City of Durham',
        union: { status: 'union', label: 'Union', name: 'UE Local 150' },
      },
      es: {
        akBase: 940100,
        domain: 'journey-es.example.org',
        people: [
          ['Guadalupe', 'Treviño'],
          ['Esteban', 'Quiroga'],
          ['Itzel', 'Barragán'],
        ],
        workplace: 'UNC Health',
        union: { status: 'partial', label: 'Sindicalizado en parte', name: 'SEIU' },
      },
    } as const;

    for (const run of runs) {
      it(run.name, async () => {
        const t = text[run.lang];
        const d = data[run.lang];
        const j = await Journey.start(browser, 'chapter', run, 'chapter@demo.test');
        const { page } = j;
        try {
          const sections = () => page.getByRole('navigation', { name: t.sections });
          // Three new members; the second has a ZIP code that does not exist (line 3 of the file).
          const rows = d.people.map(
            ([first, last], i) =>
              `${d.akBase + i},${first},${last},${first.toLowerCase()}.${i}@${d.domain},${i === 1 ? '00000' : '27701'},${run.lang},2026-10-0${i + 1}`,
          );
          const roster = [
            'ak_id,first_name,last_name,email,zip,preferred_language,joined_on',
            ...rows,
          ].join('\n');

          // 1. Import the roster: line 3 is rejected.
          await j.navTo(t.workspace);
          await sections().getByRole('link', { name: t.importExport }).click();
          await page.getByRole('heading', { level: 1, name: t.importTitle }).waitFor();
          await page.getByLabel(t.file).setInputFiles({
            name: `journey-${run.lang}.csv`,
            mimeType: 'text/csv',
            buffer: Buffer.from(roster),
          });
          const rejected = page.getByRole('table', { name: t.rejected });
          await rejected.getByRole('rowheader', { name: '3', exact: true }).waitFor();
          expect(await rejected.locator('tbody tr').count()).toBe(1);
          await j.check('import-review');

          // 2. Fix the line: the file is checked again, and all three can be imported.
          const line = page.getByRole('textbox', { name: t.line, exact: true });
          expect(await line.inputValue()).toContain(',00000,');
          await line.fill((await line.inputValue()).replace(',00000,', ',27713,'));
          await page.getByRole('button', { name: t.checkAgain, exact: true }).click();
          await page.getByRole('button', { name: t.importAll, exact: true }).click();
          const done = page.getByTestId('import-done');
          await done.waitFor();
          expect(await done.innerText()).toMatch(t.newMembers);
          await j.check('imported');

          // The imported rows are in the chapter's member list.
          await page.getByRole('link', { name: t.seeMembers }).click();
          await page.getByRole('heading', { level: 1, name: t.membersTitle }).waitFor();
          await page.getByLabel(t.search, { exact: true }).fill(d.domain);
          await page.getByRole('button', { name: t.searchButton, exact: true }).click();
          for (const [first, last] of d.people) {
            await page.getByRole('row', { name: new RegExp(`${first} ${last}`) }).waitFor();
          }
          await expect.poll(() => page.locator('main tbody tr').count()).toBe(3);
          await j.check('members');

          // 3. Update a workplace: its union.
          await sections().getByRole('link', { name: t.workplaces }).click();
          await page.getByRole('link', { name: d.workplace, exact: true }).click();
          await page.getByRole('heading', { level: 1, name: new RegExp(d.workplace) }).waitFor();
          await page.getByText(t.edit).click();
          await page.getByLabel(t.unionStatus, { exact: true }).selectOption(d.union.status);
          await page.getByLabel(t.unionName, { exact: true }).fill(d.union.name);
          await page.getByRole('button', { name: t.save }).click();
          await page.getByText(t.saved).waitFor();
          const facts = page.locator('dl.facts');
          await facts.getByText(`${d.union.label} · ${d.union.name}`).waitFor();
          await page.reload();
          await facts.getByText(`${d.union.label} · ${d.union.name}`).waitFor();
          await j.check('workplace');

          // 4. Export: the roster, with the fixed line, and the workplaces, with the update.
          await sections().getByRole('link', { name: t.importExport }).click();
          await page.getByRole('heading', { level: 1, name: t.importTitle }).waitFor();
          await j.check('export');
          const members = await download(page, page.getByRole('link', { name: t.exportMembers }));
          expect(members.name).toMatch(/^triangle-members-\d{4}-\d{2}-\d{2}\.csv$/);
          const memberLines = members.text.replace(/^\uFEFF/, '').split(/\r?\n/);
          expect(memberLines[0]).toBe(
            'ak_id,first_name,last_name,email,phone,zip,preferred_language,joined_on,lapsed_on,' +
              'status,recruitment_source,recruited_by,union_member,union_name,union_local,' +
              'union_staff,employer,site,job_title',
          );
          const fixed = memberLines.find((l) => l.startsWith(`${d.akBase + 1},`));
          expect(fixed).toContain(`,${d.people[1][0]},${d.people[1][1]},`);
          expect(fixed).toContain(',27713,');

          const workplaces = await download(
            page,
            page.getByRole('link', { name: t.exportWorkplaces }),
          );
          const workplaceLines = workplaces.text.replace(/^\uFEFF/, '').split(/\r?\n/);
          expect(workplaceLines[0]).toBe(
            'employer,site_name,address,city,state,zip,industry,size,union_status,union_name,confirmed,members',
          );
          const updated = workplaceLines.find((l) => l.startsWith(`${d.workplace},`));
          expect(updated).toContain(`,${d.union.status},${d.union.name},`);
          expect(j.errors).toEqual([]);
        } finally {
          await j.end();
        }
      });
    }
  });

  describe('organizer: pod → move a status → the chart follows', () => {
    const text = {
      en: {
        pods: 'Pods',
        podsTitle: 'Industry labor pods',
        statusOf: (name: string) => `Organizing status of ${name}`,
        saved: 'Saved',
        funnelTitle: 'Where members are now',
      },
      es: {
        pods: 'Grupos',
        podsTitle: 'Grupos sectoriales',
        statusOf: (name: string) => `Etapa de organización de ${name}`,
        saved: 'Guardado',
        funnelTitle: 'Dónde están los miembros hoy',
      },
    } as const;
    // Pod members no other browser test moves (pods.test.ts moves Imani Cohen; Keisha Bell is
    // member@demo.test).
    const memberOf = { en: 'Diego Gonzalez', es: 'Rosa Ramirez' } as const;

    for (const run of runs) {
      it(run.name, async () => {
        const t = text[run.lang];
        const j = await Journey.start(browser, 'organizer', run, 'organizer@demo.test');
        const { page } = j;
        try {
          await j.navTo(t.pods);
          await page.getByRole('heading', { level: 1, name: t.podsTitle }).waitFor();
          await j.check('pods');

          await page.getByRole('link', { name: 'Triangle Healthcare Workers' }).click();
          await page.getByTestId('funnel-table').waitFor({ state: 'attached' });
          await page.getByRole('heading', { name: t.funnelTitle }).waitFor();
          await page.getByTestId('status-chart').locator('svg.recharts-surface').first().waitFor();
          await openTable(j, 'funnel-chart');
          await openTable(j, 'status-chart');

          const name = memberOf[run.lang];
          const select = page.getByRole('combobox', { name: t.statusOf(name) });
          const from = await select.inputValue();
          const i = statuses.indexOf(from);
          expect(i).toBeGreaterThanOrEqual(0);
          const to = statuses[i + 1] ?? statuses[i - 1]!;
          const funnel = (s: string) => page.getByTestId(`funnel-${s}`);
          // The status chart's table: this month is its last row, one column per status.
          const thisMonth = (s: string) =>
            page
              .getByTestId('status-chart')
              .locator('tbody tr')
              .last()
              .locator('td')
              .nth(statuses.indexOf(s));
          const before = {
            to: await countIn(funnel(to)),
            from: await countIn(funnel(from)),
            monthTo: await countIn(thisMonth(to)),
            monthFrom: await countIn(thisMonth(from)),
          };

          await select.selectOption(to);
          await page.locator('tr', { has: select }).getByText(t.saved, { exact: true }).waitFor();
          await expect.poll(() => countIn(funnel(to)), { timeout: 10_000 }).toBe(before.to + 1);
          expect(await countIn(funnel(from))).toBe(before.from - 1);
          await expect
            .poll(() => countIn(thisMonth(to)), { timeout: 10_000 })
            .toBe(before.monthTo + 1);
          expect(await countIn(thisMonth(from))).toBe(before.monthFrom - 1);
          await j.check('pod-after-move');

          // Saved: after a reload the member and the chart's table still say so.
          await page.reload();
          await page.getByTestId('funnel-table').waitFor({ state: 'attached' });
          expect(await page.getByRole('combobox', { name: t.statusOf(name) }).inputValue()).toBe(
            to,
          );
          await openTable(j, 'funnel-chart');
          expect(await countIn(funnel(to))).toBe(before.to + 1);
          expect(j.errors).toEqual([]);
        } finally {
          await j.end();
        }
      });
    }
  });

  describe('member: where I work → sign a petition → vote → find my receipt', () => {
    const text = {
      en: {
        me: 'My workplace',
        employer: 'Employer',
        site: 'Site or location',
        zip: 'ZIP code of your workplace',
        industry: 'Industry',
        job: 'Job title',
        save: 'Save',
        saved: 'Saved. Thank you',
        votes: 'Votes',
        votesTitle: 'Votes and petitions',
        newPetition: 'Start a new petition',
        petitionTitle: 'Title',
        petitionQuestion: 'Question',
        openPetition: 'Open the petition',
        progress: (n: number, of: number) => `${n} of ${of} signatures needed`,
        sign: /Sign this petition/,
        signed: 'You signed this petition.',
        yes: 'Yes',
        cast: 'Cast my ballot',
        closed: 'Closed votes',
        receipt: 'Your receipt code',
        find: 'Find my ballot',
        counted: 'Your ballot was counted: its code is in the list of counted ballots.',
        notPublished: 'Ballots are not published individually because fewer than 20 members voted',
      },
      es: {
        me: 'Mi lugar de trabajo',
        employer: 'Empresa',
        site: 'Sede o centro',
        zip: 'Código postal de tu lugar de trabajo',
        industry: 'Sector',
        job: 'Puesto',
        save: 'Guardar',
        saved: 'Guardado. ¡Gracias!',
        votes: 'Votaciones',
        votesTitle: 'Votaciones y peticiones',
        newPetition: 'Iniciar una nueva petición',
        petitionTitle: 'Título',
        petitionQuestion: 'Pregunta',
        openPetition: 'Abrir la petición',
        progress: (n: number, of: number) => `${n} de ${of} firmas necesarias`,
        sign: /Firmar esta petición/,
        signed: 'Has firmado esta petición.',
        yes: 'Sí',
        cast: 'Emitir mi voto',
        closed: 'Votaciones cerradas',
        receipt: 'Tu código de comprobante',
        find: 'Encontrar mi voto',
        counted: 'Tu voto se contó: su código está en la lista de votos contados.',
        notPublished: 'Los votos no se publican uno a uno porque votaron menos de 20 miembros',
      },
    } as const;
    const data = {
      en: {
        employer: 'Durham County Library',
        site: 'Main Library',
        zip: '27701',
        industry: '92',
        job: 'Library assistant',
        petition: 'Journey (en): paid leave for pod coordinators',
        question: 'Should chapters pay coordinators for the hours they give to their pods?',
      },
      es: {
        employer: 'Lavandería Industrial del Triángulo',
        site: 'Planta de Durham',
        zip: '27703',
        industry: '81',
        job: 'Operadora de planchado',
        petition: 'Recorrido (es): materiales de organización en español',
        question: '¿Debe la organización nacional publicar todos sus materiales en español?',
      },
    } as const;

    /** A vote of its own for the member, called and opened by national staff through the API. */
    async function openVote(national: APIRequestContext, lang: Lang) {
      const vote = await call<{ id: number }>(national, 'POST', '/api/votes', {
        kind: 'members_decide',
        title: {
          en: `Journey vote (${lang}): a Spanish-language organizing school`,
          es: `Votación del recorrido (${lang}): una escuela de organización en español`,
        },
        question: {
          en: 'Should the labor commission run an organizing school in Spanish?',
          es: '¿Debe la comisión laboral organizar una escuela de organización en español?',
        },
      });
      const path = `/api/votes/${vote.id}`;
      const version = async () => (await call<{ version: number }>(national, 'GET', path)).version;
      const day = (n: number) => new Date(Date.now() + n * 86400_000).toISOString();
      for (const at of [day(-9), day(-5)]) {
        await call(national, 'POST', `${path}/forums`, {
          startsAt: at.replace(/\.\d+Z$/, 'Z'),
          link: 'https://example.org/forum',
        });
      }
      for (const side of ['for', 'against'] as const) {
        const s = await call<{ id: number; version: number }>(
          national,
          'POST',
          `${path}/statements`,
          {
            side,
            text: { en: `The case ${side}.`, es: `Los argumentos (${side}).` },
          },
        );
        await call(national, 'POST', `${path}/statements/${s.id}/approval`, {
          approved: true,
          version: s.version,
        });
      }
      await call(national, 'POST', `${path}/statements/send`, { version: await version() });
      await call(national, 'POST', `${path}/state`, {
        state: 'scheduled',
        opensOn: day(0).slice(0, 10),
        closesOn: day(14).slice(0, 10),
        version: await version(),
      });
      await call(national, 'POST', `${path}/state`, { state: 'open', version: await version() });
      return {
        id: vote.id,
        title: lang === 'es' ? 'Votación del recorrido (es)' : 'Journey vote (en)',
        close: async () =>
          call(national, 'POST', `${path}/state`, { state: 'closed', version: await version() }),
      };
    }

    for (const run of runs) {
      it(run.name, async () => {
        const t = text[run.lang];
        const d = data[run.lang];
        const staff = await apiSession(browser, 'national@demo.test');
        const j = await Journey.start(browser, 'member', run, 'member@demo.test');
        const { page } = j;
        try {
          const vote = await openVote(staff.request, run.lang);

          // 1. Where I work.
          await j.navTo(t.me);
          await page.getByTestId('me-page').waitFor();
          await page.getByRole('heading', { level: 1, name: t.me }).waitFor();
          await page.getByLabel(t.employer, { exact: true }).fill(d.employer);
          await page.getByLabel(t.site, { exact: true }).fill(d.site);
          await page.getByLabel(t.zip).fill(d.zip);
          await page.getByLabel(t.industry, { exact: true }).selectOption(d.industry);
          await page.getByLabel(t.job, { exact: true }).fill(d.job);
          await page.getByRole('button', { name: t.save, exact: true }).click();
          await page.getByText(t.saved).waitFor();
          const current = page.getByTestId('current-work');
          await current.getByText(d.employer).waitFor();
          expect(await current.innerText()).toContain(d.job);
          await j.check('where-i-work');

          // 2. Sign a petition: one this journey opens, so its count is its own.
          await j.navTo(t.votes);
          await page.getByRole('heading', { level: 1, name: t.votesTitle }).waitFor();
          await page.getByText(t.newPetition).click();
          await page.getByLabel(t.petitionTitle, { exact: true }).fill(d.petition);
          await page.getByLabel(t.petitionQuestion, { exact: true }).fill(d.question);
          await page.getByRole('button', { name: t.openPetition }).click();
          const petition = page.getByTestId('petition').filter({ hasText: d.petition });
          const progress = petition.getByTestId('petition-progress');
          await progress.waitFor();
          // Nobody has signed it yet; its threshold is 5% of the members in good standing.
          const threshold = Number((await progress.innerText()).match(/^0\D+(\d+)/)?.[1]);
          expect(threshold).toBeGreaterThan(1);
          expect(await progress.innerText()).toBe(t.progress(0, threshold));
          await petition.getByRole('button', { name: t.sign }).click();
          await petition.getByText(t.signed).waitFor();
          await expect.poll(() => progress.innerText()).toBe(t.progress(1, threshold));
          await j.check('petition-signed');

          // 3. Vote, and keep the receipt.
          // Found by its id: the member's vote list gives titles in the member record's language,
          // not the interface's (reported), so the card may read in English here.
          const card = page
            .getByTestId('vote-card')
            .filter({ has: page.locator(`#vote-${vote.id}`) });
          await card.getByLabel(t.yes, { exact: true }).check();
          await card.getByRole('button', { name: t.cast }).click();
          const code = card.getByTestId('receipt-code');
          await code.waitFor();
          const receipt = (await code.innerText()).replace(/\s/g, '');
          expect(receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
          await j.check('ballot-cast');

          // 4. National staff close the vote; the member finds the receipt in what is published.
          await vote.close();
          await page.reload();
          const closed = page.getByRole('region', { name: t.closed });
          await closed.locator(`a[href="/votes/${vote.id}/results"]`).click();
          await page.getByTestId('results-page').waitFor();
          await page.getByRole('heading', { level: 1, name: vote.title }).waitFor();
          // The one ballot cast is counted: one member voted, and it said yes.
          expect(await page.getByTestId('participation').innerText()).toBe('1');
          const yes = page.getByTestId('totals-table').getByRole('row', { name: t.yes });
          expect(await yes.locator('td').first().innerText()).toBe('1');
          await page.getByLabel(t.receipt).fill(receipt);
          await page.getByRole('button', { name: t.find }).click();
          // One ballot: too few to publish ballots one by one, so the receipt is found among the
          // published receipt fingerprints.
          await page.getByTestId('find-result').getByText(t.counted).waitFor();
          expect(await page.getByTestId('not-published').innerText()).toContain(t.notPublished);
          await j.check('receipt-found');
          expect(j.errors).toEqual([]);
        } finally {
          await staff.close();
          await j.end();
        }
      });
    }
  });

  describe('national staff: map → state → Southern coverage → pipeline → recruitment against goal', () => {
    const text = {
      en: {
        map: 'Map',
        mapTitle: 'National map',
        table: 'Table',
        inSouth: 'In the South',
        south: 'The South',
        southTitle: 'Southern coverage',
        pipeline: 'Pipeline',
        pipelineTitle: 'Campaign pipeline',
        recruitment: 'Recruitment',
        figuresFor: 'Figures for',
        region: 'Region',
        forSouth: 'Figures for the South',
        goal: '60 recruits by Jun 30, 2027',
        goalNote: 'Dashed line: the goal of 60 recruits by Jun 30, 2027',
        progress: /^\d+ of 60 \(/m,
      },
      es: {
        map: 'Mapa',
        mapTitle: 'Mapa nacional',
        table: 'Tabla',
        inSouth: 'En el Sur',
        south: 'El Sur',
        southTitle: 'Cobertura en el Sur',
        pipeline: 'Campañas',
        pipelineTitle: 'Campañas en todo el país',
        recruitment: 'Reclutamiento',
        figuresFor: 'Cifras de',
        region: 'Región',
        forSouth: 'Cifras del Sur',
        goal: '60 nuevos miembros para el 30 jun 2027',
        goalNote: 'Línea discontinua: la meta de 60 nuevos miembros para el 30 jun 2027',
        progress: /^\d+ de 60 \(/m,
      },
    } as const;

    /** Whether the map's canvas has drawn something (a state's fill) at a viewport pixel. */
    function drawnAt(page: Page, x: number, y: number): Promise<boolean> {
      return page.evaluate(
        ([px, py]) => {
          const canvas = document.querySelector<HTMLCanvasElement>('.base-map canvas');
          const rect = canvas?.getBoundingClientRect();
          const context = canvas?.getContext('2d');
          if (!canvas || !rect || !context) return false;
          const scale = canvas.width / rect.width;
          const { data } = context.getImageData(
            Math.round((px! - rect.left) * scale),
            Math.round((py! - rect.top) * scale),
            1,
            1,
          );
          return data[3]! > 0;
        },
        [x, y],
      );
    }

    for (const run of runs) {
      it(run.name, async () => {
        const t = text[run.lang];
        const j = await Journey.start(browser, 'national', run, 'national@demo.test');
        const { page } = j;
        try {
          // 1. The national map.
          await j.navTo(t.map);
          await page.getByRole('heading', { level: 1, name: t.mapTitle }).waitFor();
          await page.locator('[data-clusters-drawn="true"]').waitFor({ timeout: 20_000 });
          await page.getByTestId('map-legend').waitFor();
          // North Carolina near Charlotte, clear of the Triangle's and Asheville's markers.
          const nc = await pixelOf(page, -80.8, 35.4);
          await expect.poll(() => drawnAt(page, nc.x, nc.y), { timeout: 10_000 }).toBe(true);
          await j.check('map');

          // 2. A state: on a desk clicked on the map; on a phone, where the state is a few pixels
          // wide, picked from the same figures as a table.
          if (run.phone) {
            await page.getByRole('button', { name: t.table, exact: true }).click();
            await page.getByRole('button', { name: 'North Carolina', exact: true }).click();
          } else {
            await page.mouse.click(nc.x, nc.y);
          }
          const panel = page.getByTestId('state-panel');
          await panel.getByRole('heading', { level: 2, name: 'North Carolina' }).waitFor();
          expect(await panel.innerText()).toContain(t.inSouth);
          expect(await panel.innerText()).toMatch(/Triangle/);
          expect(page.url()).toMatch(/state=NC/);
          await j.check('state');

          // 3. Southern coverage: every Southern state, North Carolina among them, and the gaps.
          await j.navTo(t.south);
          await page.getByRole('heading', { level: 1, name: t.southTitle }).waitFor();
          await page.getByTestId('south-map').locator('canvas').first().waitFor();
          const states = page.getByTestId('south-states').locator('tbody tr');
          await expect.poll(() => states.count()).toBe(17);
          expect(await states.filter({ hasText: 'North Carolina' }).count()).toBe(1);
          await page.getByTestId('south-gaps').locator('tbody tr').first().waitFor();
          await page.getByTestId('south-trend').locator('svg.recharts-surface').first().waitFor();
          await j.check('south');

          // 4. The pipeline: campaigns by stage, small counts hidden.
          await j.navTo(t.pipeline);
          await page.getByRole('heading', { level: 1, name: t.pipelineTitle }).waitFor();
          await page
            .getByTestId('pipeline-stages')
            .locator('svg.recharts-surface')
            .first()
            .waitFor();
          expect(await page.getByTestId('pipeline-total').innerText()).toMatch(/^(<\d+|\d+)$/);
          await j.check('pipeline');

          // 5. Recruitment in the South against its goal: 60 recruits by June 30, 2027.
          await j.navTo(t.recruitment);
          await page.getByLabel(t.figuresFor, { exact: true }).selectOption('region');
          await page.getByLabel(t.region, { exact: true }).selectOption('south');
          await page.getByRole('heading', { level: 2, name: t.forSouth }).waitFor();
          const flow = page.getByTestId('flow-chart');
          await flow.locator('.recharts-reference-line').first().waitFor({ state: 'attached' });
          expect(await flow.innerText()).toContain(t.goalNote);
          await openTable(j, 'flow-chart');
          expect(await flow.locator('table tbody tr').count()).toBe(24);
          // The goal's card: how far the South has come against it.
          const goal = page.getByRole('article', { name: t.goal });
          expect(await goal.innerText()).toMatch(t.progress);
          await j.check('recruitment');
          expect(j.errors).toEqual([]);
        } finally {
          await j.end();
        }
      });
    }
  });
});
