import type { Page } from 'playwright-core';

/** The map's container, which writes its current view (bounds, zoom) as data attributes. */
export const MAP = '.base-map';

/** The viewport pixel of a place on the map, from the view the map writes on its container. */
export async function pixelOf(page: Page, lng: number, lat: number) {
  const { bounds, left, top, width, height } = await page.locator(MAP).evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return {
      bounds: (el as HTMLElement).dataset.bounds ?? '',
      left: rect.left + el.clientLeft,
      top: rect.top + el.clientTop,
      width: el.clientWidth,
      height: el.clientHeight,
    };
  });
  const [w, s, e, n] = bounds.split(',').map(Number) as [number, number, number, number];
  const mercator = (deg: number) => Math.log(Math.tan(Math.PI / 4 + (deg * Math.PI) / 360));
  return {
    x: left + ((lng - w) / (e - w)) * width,
    y: top + ((mercator(n) - mercator(lat)) / (mercator(n) - mercator(s))) * height,
  };
}

export interface Feature {
  type: 'cluster' | 'workplace';
  id?: number;
  lat: number;
  lng: number;
  count?: number | string;
  employer?: string;
}

/** What the server sends the map for its current view (the same query the map makes). */
export async function featuresInView(page: Page): Promise<Feature[]> {
  return page.locator(MAP).evaluate(async (el) => {
    const { bounds = '', zoom = '0' } = (el as HTMLElement).dataset;
    const [w, s, e, n] = bounds.split(',').map(Number) as [number, number, number, number];
    const bbox = [Math.max(w, -180), Math.max(s, -85), Math.min(e, 180), Math.min(n, 85)];
    const res = await fetch(
      `/api/map/workplaces?bbox=${bbox.join(',')}&zoom=${Math.round(Number(zoom))}`,
    );
    return ((await res.json()) as { features: Feature[] }).features;
  });
}
