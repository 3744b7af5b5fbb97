import type { ReserveRow } from './reserve.repository';

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

export interface Place {
  lat: number | null;
  lng: number | null;
}

/** Great-circle distance in km (haversine), to one decimal; null when a place has no coordinates. */
export function haversineKm(a: Place, b: Place): number | null {
  if (a.lat === null || a.lng === null || b.lat === null || b.lng === null) return null;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h)) * 10) / 10;
}

export interface Suggestion extends ReserveRow {
  sameIndustry: boolean;
  speaksSpanish: boolean;
  supportsState: boolean;
  distanceKm: number | null;
}

/**
 * Reserve organizers for a chapter, best first: those who know its industry, then (when the
 * chapter asks) Spanish speakers, then the nearest; ties by name.
 */
export function rankSuggestions(
  reserve: readonly ReserveRow[],
  chapter: Place & { state: string },
  industry: string | null,
  spanishFirst: boolean,
): Suggestion[] {
  const scored = reserve.map((r) => ({
    ...r,
    sameIndustry: industry !== null && r.industries.includes(industry),
    speaksSpanish: r.languages.includes('es'),
    supportsState: r.states.includes(chapter.state),
    distanceKm: haversineKm({ lat: r.lat, lng: r.lng }, chapter),
  }));
  const far = Number.POSITIVE_INFINITY;
  return scored.sort(
    (a, b) =>
      Number(b.sameIndustry) - Number(a.sameIndustry) ||
      (spanishFirst ? Number(b.speaksSpanish) - Number(a.speaksSpanish) : 0) ||
      (a.distanceKm ?? far) - (b.distanceKm ?? far) ||
      a.lastName.localeCompare(b.lastName) ||
      a.id - b.id,
  );
}
