import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible } from './a11y';
import { launch, login, shot } from './browser';
import { featuresInView, MAP, pixelOf, type Feature } from './map-helpers';

const baseUrl = inject('baseUrl');
const chromePath = inject('chromePath');

const isMapChunk = (url: string) =>
  /\/assets\/(leaflet|national-map-page|chapter-map-page)-/.test(url);

interface Workplace {
  id: number;
  employer: string;
  siteName: string | null;
  members: number;
  lat: number | null;
  lng: number | null;
}

describe.skipIf(!chromePath)('maps', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromePath);
  });
  afterAll(() => browser?.close());

  it('national: the map loads its code only when opened, draws clusters, opens a state', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

    await login(page, baseUrl, 'national@demo.test');
    await page.getByTestId('total-members').waitFor();
    expect(requests.filter(isMapChunk)).toEqual([]);

    // Opened from the menu: now, and only now, the map's code comes.
    await page.getByRole('link', { name: 'Map', exact: true }).click();
    await page.locator('[data-clusters-drawn="true"]').waitFor({ timeout: 20_000 });
    expect(requests.some((u) => /\/assets\/leaflet-[\w-]+\.js$/.test(u))).toBe(true);
    expect(requests.some((u) => /\/assets\/national-map-page-[\w-]+\.js$/.test(u))).toBe(true);

    // Time to clusters, from navigation start, on a fresh load of /map.
    await page.goto(`${baseUrl}/map`);
    await page.locator('[data-clusters-drawn="true"]').waitFor({ timeout: 20_000 });
    const ms = await page.evaluate(() => {
      const [mark] = performance.getEntriesByName('clusters-drawn');
      return mark ? Math.round(mark.startTime) : -1;
    });
    console.log(`time to clusters (navigation start → 'clusters-drawn'): ${ms} ms`);
    expect(ms).toBeGreaterThan(0);
    // Clusters are boxes with their count, told from round workplace dots by shape.
    const clusterMarks = page.locator('.leaflet-marker-icon.cluster-mark');
    expect(await clusterMarks.count()).toBeGreaterThan(0);
    expect(await clusterMarks.first().innerText()).toMatch(/^(<?[\d,]+)$/);
    await page.getByTestId('map-legend').waitFor();
    await page.waitForTimeout(300);
    await shot(page, 'map-national');
    await expectAccessible(page, 'the national map');

    // North Carolina, clicked on its shape near Charlotte (clear of the Triangle's and
    // Asheville's markers).
    const { x, y } = await pixelOf(page, -80.8, 35.4);
    await page.mouse.click(x, y);
    const panel = page.getByTestId('state-panel');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe('North Carolina');
    expect(await panel.innerText()).toMatch(/In the South/);
    expect(await panel.innerText()).toMatch(/Triangle/);
    expect(await panel.getByRole('link').count()).toBe(0);
    expect(page.url()).toMatch(/state=NC/);
    await page.waitForTimeout(200);
    await shot(page, 'map-national-panel');
    await expectAccessible(page, 'the national map with a state open');

    // Zoomed out and panned, Alaska (the Aleutians included) and Hawaii are there to see.
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await page.waitForTimeout(300);
    }
    const box = (await page.locator(MAP).boundingBox())!;
    await page.mouse.move(box.x + 150, box.y + 150);
    await page.mouse.down();
    await page.mouse.move(box.x + 400, box.y + 100, { steps: 10 });
    await page.mouse.up();
    await page.waitForTimeout(600);
    await shot(page, 'map-national-alaska-hawaii');

    // The same figures as a table.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('table', { name: 'Figures by state' }).waitFor();
    await expectAccessible(page, 'the national map as a table');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('national at phone width: the map fills the width, the page does not scroll sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, baseUrl, 'national@demo.test');
    await page.goto(`${baseUrl}/map?state=NC`);
    await page.locator('[data-clusters-drawn="true"]').waitFor({ timeout: 20_000 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const mapBox = await page.locator(MAP).boundingBox();
    const panelBox = await page.getByTestId('state-panel').boundingBox();
    expect(mapBox!.width).toBeGreaterThan(340);
    expect(panelBox!.y).toBeGreaterThan(mapBox!.y + mapBox!.height - 1);
    await page.waitForTimeout(200);
    await shot(page, 'map-national-phone');
    await page.close();
  });

  it('chapter: its workplaces on the map, a popup with the stage update', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, baseUrl, 'chapter@demo.test');
    await page.getByRole('link', { name: 'Chapter map', exact: true }).click();
    await page.locator('[data-clusters-drawn="true"]').waitFor({ timeout: 20_000 });
    await page.getByTestId('map-legend').waitFor();

    // Zoom into clusters until single workplaces come back, then open one.
    let features = await featuresInView(page);
    expect(features.length).toBeGreaterThan(0);
    for (let i = 0; i < 5 && !features.some((f) => f.type === 'workplace'); i++) {
      const cluster = features
        .filter((f) => f.type === 'cluster')
        .sort((a, b) => Number(b.count) - Number(a.count))[0]!;
      const at = await pixelOf(page, cluster.lng, cluster.lat);
      await page.mouse.click(at.x, at.y);
      await page.waitForTimeout(700);
      features = await featuresInView(page);
    }
    // Every workplace's dot carries its stage's mark, as the legend does: colour is not the only
    // sign of a stage.
    const single = features.filter((f) => f.type === 'workplace').length;
    await expect.poll(() => page.locator('.workplace-mark').count()).toBe(single);
    const legendMarks = await page.getByTestId('map-legend').locator('.stage-mark').allInnerTexts();
    for (const mark of await page.locator('.workplace-mark').allInnerTexts()) {
      expect(legendMarks).toContain(mark);
    }
    await shot(page, 'map-chapter');
    await expectAccessible(page, 'the chapter map');
    // One alone at its spot: workplaces sharing a ZIP code are fanned out around it.
    const alone = (f: Feature) =>
      features.filter((g) => g.lat === f.lat && g.lng === f.lng).length === 1;
    const point =
      features.find((f) => f.type === 'workplace' && alone(f)) ??
      features.find((f) => f.type === 'workplace');
    expect(point).toBeDefined();
    const at = await pixelOf(page, point!.lng, point!.lat);
    await page.mouse.click(at.x, at.y);
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    await popup.getByTestId('workplace-card').waitFor();
    expect(await popup.innerText()).toMatch(/Members working here/);
    expect(
      (await popup.getByRole('button', { name: /Start a union drive|Save the stage/ }).count()) > 0,
    ).toBe(true);
    await page.waitForTimeout(300);
    await shot(page, 'map-chapter-popup');
    await expectAccessible(page, 'the chapter map with a workplace open');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('chapter: the labor-pod filter lists where the pod works, in the table and on the map', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, baseUrl, 'chapter@demo.test');
    await page.getByRole('link', { name: 'Chapter map', exact: true }).click();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.getByRole('table', { name: 'Workplaces' });
    await table.waitFor();

    // The demo's one pod in this chapter: Triangle's healthcare workers.
    const podSelect = page.getByLabel('Labor pod');
    const pod = podSelect.locator('option', { hasText: 'Triangle Healthcare Workers' });
    const podId = Number(await pod.getAttribute('value'));
    expect(podId).toBeGreaterThan(0);

    /** What the server lists for this chapter, with the pod filter or without. */
    const listed = (withPod: boolean) =>
      page.evaluate(
        async ({ podId, withPod }) => {
          const session = await (await fetch('/api/auth/session')).json();
          const url = `/api/chapters/${session.user.chapterId}/workplaces?${
            withPod ? `pod=${podId}&` : ''
          }limit=500`;
          const body = (await (await fetch(url)).json()) as { items: Workplace[] };
          return body.items;
        },
        { podId, withPod },
      );
    const all = await listed(false);
    const expected = await listed(true);
    // Where the pod's members work now: some of the chapter's workplaces, not all of them.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);

    await podSelect.selectOption(String(podId));
    expect(new URL(page.url()).searchParams.get('pod')).toBe(String(podId));
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(expected.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = Array.from(tr.querySelectorAll('th, td'), (c) => c.textContent?.trim());
        return [cells[0], cells[1], cells[3]].join(' | ');
      }),
    );
    expect(shown).toEqual(
      expected.map((w) => [w.employer, w.siteName ?? '', String(w.members)].join(' | ')),
    );
    await expectAccessible(page, 'the chapter map as a table, filtered to a labor pod');

    // The map shows the same workplaces: of the single workplaces in view, the pod's alone. It
    // opens on the whole chapter; the clusters nearest one of the pod's workplaces are opened
    // until it stands alone.
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.locator('[data-clusters-drawn="true"]').waitFor({ timeout: 20_000 });
    await page.getByTestId('map-legend').waitFor();
    expect(await podSelect.inputValue()).toBe(String(podId));
    const podIds = new Set(expected.map((w) => w.id));
    const target = expected.find((w) => w.lat !== null && w.lng !== null)!;
    const distance = (f: Feature) => (f.lat - target.lat!) ** 2 + (f.lng - target.lng!) ** 2;
    let features = await featuresInView(page);
    for (let i = 0; i < 6 && !features.some((f) => f.id === target.id); i++) {
      const cluster = features
        .filter((f) => f.type === 'cluster')
        .sort((a, b) => distance(a) - distance(b))[0]!;
      const at = await pixelOf(page, cluster.lng, cluster.lat);
      await page.mouse.click(at.x, at.y);
      await page.waitForTimeout(700);
      features = await featuresInView(page);
    }
    const podsInView = features.filter((f) => f.type === 'workplace' && podIds.has(f.id!));
    expect(podsInView.map((f) => f.id)).toContain(target.id);
    // Only the pod's workplaces are drawn, whatever else of the chapter stands in view.
    await expect.poll(() => page.locator('.workplace-mark').count()).toBe(podsInView.length);
    await page.waitForTimeout(300);
    await shot(page, 'map-chapter-pod');
    await expectAccessible(page, 'the chapter map filtered to a labor pod');
    // Without the filter, every single workplace in view is drawn (the view has not moved).
    await podSelect.selectOption('');
    const allInView = (await featuresInView(page)).filter((f) => f.type === 'workplace');
    await expect.poll(() => page.locator('.workplace-mark').count()).toBe(allInView.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});
