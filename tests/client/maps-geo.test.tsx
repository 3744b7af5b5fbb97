import { describe, expect, it } from 'vitest';
import {
  boundsAround,
  clusterRadius,
  fanOut,
  snapView,
  usLngLat,
} from '../../client/src/components/map/geo';
import { isBackwards } from '@shopfloor/shared';
import { stageKeys, stageMarks } from '../../client/src/components/ui/stage-looks';
import { matchesFilters } from '../../client/src/features/maps/workplace-view';

describe('map view and shapes', () => {
  it('snaps the view outward, so a small pan asks for the same box', () => {
    const a = snapView([-100.2, 30.1, -80.3, 40.2], 4);
    const b = snapView([-100.6, 30.4, -80.9, 40.6], 4.2);
    expect(a).toEqual(b);
    expect(a.zoom).toBe(4);
    const [w, s, e, n] = a.bbox;
    expect(w).toBeLessThanOrEqual(-100.6);
    expect(s).toBeLessThanOrEqual(30.1);
    expect(e).toBeGreaterThanOrEqual(-80.3);
    expect(n).toBeGreaterThanOrEqual(40.6);
  });

  it('keeps the box within what the server accepts', () => {
    const { bbox, zoom } = snapView([-250, -95, 200, 95], 1.4);
    expect(zoom).toBe(1);
    expect(bbox[0]).toBe(-180);
    expect(bbox[2]).toBe(180);
    expect(bbox[1]).toBeGreaterThanOrEqual(-90);
    expect(bbox[3]).toBeLessThanOrEqual(90);
    expect(bbox[1]).toBeLessThan(bbox[3]);
  });

  it('moves the Aleutians west of 180° next to Alaska', () => {
    expect(usLngLat([179.5, 52])).toEqual([52, -180.5]);
    expect(usLngLat([-78.9, 36])).toEqual([36, -78.9]);
  });

  it('sizes clusters by order of magnitude, and a "<5" as a small one', () => {
    expect(clusterRadius('<5')).toBe(11);
    expect(clusterRadius(10)).toBeGreaterThan(clusterRadius(1));
    expect(clusterRadius(1e9)).toBe(30);
  });

  it('fans out workplaces that share a spot (one ZIP code), and leaves a lone one where it is', () => {
    // A flat "projection": one pixel per degree.
    const toPixel = (lat: number, lng: number): [number, number] => [lng, -lat];
    const toLatLng = ([x, y]: [number, number]): [number, number] => [-y, x];
    const same = { lat: 36, lng: -79 };
    const points = [
      { id: 1, ...same },
      { id: 2, lat: 35, lng: -80 },
      { id: 3, ...same },
      { id: 4, ...same },
    ];
    const placed = fanOut(points, toPixel, toLatLng, 10);
    expect(placed.map((p) => p.id)).toEqual([1, 2, 3, 4]);
    expect(placed[1]).toEqual(points[1]);
    const spots = new Set(placed.map((p) => `${p.lat.toFixed(3)},${p.lng.toFixed(3)}`));
    expect(spots.size).toBe(4);
    for (const p of [placed[0]!, placed[2]!, placed[3]!]) {
      const d = Math.hypot(p.lat - same.lat, p.lng - same.lng);
      expect(d).toBeGreaterThan(5);
      expect(d).toBeLessThan(20);
    }
  });

  it('frames some points with a margin, and a single point with a minimum span', () => {
    expect(boundsAround([])).toBeNull();
    const [[s, w], [n, e]] = boundsAround([{ lat: 36, lng: -79 }], 0.2)!;
    expect(n - s).toBeCloseTo(0.2);
    expect(e - w).toBeCloseTo(0.2);
  });
});

describe('campaign stages on the chapter map', () => {
  it('gives every stage a distinct mark, so colour is not the only signal', () => {
    const marks = stageKeys.map((s) => stageMarks[s]);
    expect(new Set(marks).size).toBe(stageKeys.length);
  });

  it('asks for a note when a campaign moves back or out of an ending', () => {
    expect(isBackwards('committee', 'majority')).toBe(false);
    expect(isBackwards('majority', 'committee')).toBe(true);
    expect(isBackwards('public', 'won')).toBe(false);
    expect(isBackwards('paused', 'mapping')).toBe(true);
  });

  it('filters by industry and stage, "none" meaning no campaign', () => {
    const w = { industry: '62', stage: null };
    expect(matchesFilters(w, { industry: null, stage: null })).toBe(true);
    expect(matchesFilters(w, { industry: '62', stage: 'none' })).toBe(true);
    expect(matchesFilters(w, { industry: '44-45', stage: null })).toBe(false);
    expect(matchesFilters(w, { industry: null, stage: 'mapping' })).toBe(false);
  });
});
