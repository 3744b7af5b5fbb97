import { describe, expect, it } from 'vitest';
import {
  COMPLEMENTARY,
  normalizeEmployer,
  suppressBreakdown,
  suppressCount,
} from '@shopfloor/shared';
import { geocodeZip } from '@shopfloor/db/zips';

describe('small-cell suppression', () => {
  it('hides counts from 1 to 4 and keeps zero and five', () => {
    expect([0, 1, 4, 5, 120].map((n) => suppressCount(n, 5))).toEqual([0, '<5', '<5', 5, 120]);
  });

  it('follows a raised threshold', () => {
    expect(suppressCount(7, 10)).toBe('<10');
    expect(suppressCount(10, 10)).toBe(10);
  });

  it('hides a second part when only one part is small, so subtraction cannot reveal it', () => {
    const out = suppressBreakdown({ a: 3, b: 40, c: 12, d: 0 }, 5);
    expect(out).toEqual({ a: '<5', b: 40, c: COMPLEMENTARY, d: 0 });
  });

  it('leaves the breakdown alone when two parts are already small', () => {
    expect(suppressBreakdown({ a: 3, b: 2, c: 12 }, 5)).toEqual({ a: '<5', b: '<5', c: 12 });
  });
});

describe('employer names', () => {
  it('treats punctuation, case and corporate suffixes as the same employer', () => {
    expect(normalizeEmployer('Wal-Mart Stores, Inc.')).toBe(normalizeEmployer('wal mart stores'));
    expect(normalizeEmployer('The Kroger Co.')).toBe('kroger');
    expect(normalizeEmployer('Café Olé LLC')).toBe('cafe ole');
  });
});

describe('offline geocoding', () => {
  it('finds a ZIP centroid without a network', () => {
    const place = geocodeZip('27701-1234');
    expect(place).toMatchObject({ zip: '27701', city: 'Durham', state: 'NC' });
    expect(place!.lat).toBeCloseTo(35.99, 1);
  });

  it('returns null for a ZIP that does not exist', () => {
    expect(geocodeZip('00000')).toBeNull();
  });
});
