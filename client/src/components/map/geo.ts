/** West, south, east, north in degrees: the order GET /api/map/workplaces takes. */
export type Bbox = [west: number, south: number, east: number, north: number];

/** [[south, west], [north, east]], the corner order Leaflet's fitBounds takes. */
export type CornerBounds = [[number, number], [number, number]];

/** The contiguous United States: the national map opens on it. */
export const LOWER_48: CornerBounds = [
  [24.4, -124.8],
  [49.4, -66.9],
];

/** Far enough to pan to Alaska (the Aleutians included) and Hawaii, no farther. */
export const US_MAX_BOUNDS: CornerBounds = [
  [10, -195],
  [75, -55],
];

const MAX_LAT = 85;

function clamp(value: number, min: number, max: number) {
  return Math.min(max, Math.max(min, value));
}

function tidy(value: number) {
  return Number(value.toFixed(4));
}

/**
 * The bbox and zoom to ask the server for: the view snapped outward to a grid that coarsens as the
 * map zooms out, so a small pan reuses the answer already cached instead of asking again.
 */
export function snapView(view: Bbox, zoom: number): { bbox: Bbox; zoom: number } {
  const z = clamp(Math.round(zoom), 0, 22);
  const step = 360 / 2 ** z / 2;
  const [w, s, e, n] = view;
  const bbox: Bbox = [
    tidy(clamp(Math.floor(w / step) * step, -180, 180)),
    tidy(clamp(Math.floor(s / step) * step, -MAX_LAT, MAX_LAT)),
    tidy(clamp(Math.ceil(e / step) * step, -180, 180)),
    tidy(clamp(Math.ceil(n / step) * step, -MAX_LAT, MAX_LAT)),
  ];
  // A view wholly beyond the antimeridian clamps to a line: widen it so the server gets a box.
  if (bbox[0] >= bbox[2]) bbox[0] = Math.max(-180, bbox[2] - step);
  if (bbox[1] >= bbox[3]) bbox[1] = Math.max(-MAX_LAT, bbox[3] - step);
  return { bbox, zoom: z };
}

/** How far a cluster of `count` reaches from its centre, in pixels: grows with the order of magnitude. */
export function clusterRadius(count: number | string): number {
  if (typeof count !== 'number' || count < 1) return 11;
  return Math.min(30, 11 + 5 * Math.log10(count));
}

/**
 * The Aleutians west of 180° come with positive longitudes; drawn as they are, they would land on
 * the far side of the world. Shifted by 360° they sit beside the rest of Alaska.
 */
export function usLngLat([lng, lat]: [number, number] | number[]): [lat: number, lng: number] {
  const x = lng ?? 0;
  return [lat ?? 0, x > 0 ? x - 360 : x];
}

/** Bounds around some points with a margin, at least `minSpan` degrees across; null for none. */
export function boundsAround(
  points: readonly { lat: number | null; lng: number | null }[],
  minSpan = 0.1,
): CornerBounds | null {
  const located = points.filter(
    (p): p is { lat: number; lng: number } => p.lat !== null && p.lng !== null,
  );
  if (located.length === 0) return null;
  const lats = located.map((p) => p.lat);
  const lngs = located.map((p) => p.lng);
  const pad = (lo: number, hi: number): [number, number] => {
    const half = Math.max(minSpan, (hi - lo) * 1.1) / 2;
    const mid = (lo + hi) / 2;
    return [mid - half, mid + half];
  };
  const [s, n] = pad(Math.min(...lats), Math.max(...lats));
  const [w, e] = pad(Math.min(...lngs), Math.max(...lngs));
  return [
    [s, w],
    [n, e],
  ];
}

type Pixel = [x: number, y: number];

/**
 * Where to draw points that share one spot (workplaces geocoded to the same ZIP code): fanned out
 * around it in a sunflower pattern, `spacing` pixels apart, so each can be seen and clicked. Points
 * alone keep their place. `toPixel` and `toLatLng` convert at the map's current zoom.
 */
export function fanOut<T extends { lat: number; lng: number }>(
  points: readonly T[],
  toPixel: (lat: number, lng: number) => Pixel,
  toLatLng: (pixel: Pixel) => [lat: number, lng: number],
  spacing = 11,
): T[] {
  const groups = new Map<string, number[]>();
  points.forEach((p, i) => {
    const key = `${p.lat},${p.lng}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const placed = [...points];
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    const first = points[indexes[0]!]!;
    const [cx, cy] = toPixel(first.lat, first.lng);
    indexes.forEach((index, k) => {
      const radius = spacing * Math.sqrt(k + 0.5);
      const angle = k * 2.39996; // the golden angle, in radians
      const [lat, lng] = toLatLng([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
      placed[index] = { ...points[index]!, lat, lng };
    });
  }
  return placed;
}
