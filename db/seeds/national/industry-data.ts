import type { IndustryCode, UnionStatus } from '@shopfloor/shared';
import { industryJobs, industryUnions } from './industry-people';

export type Size = '1-9' | '10-49' | '50-249' | '250-999' | '1000+';
export const sizes: readonly Size[] = ['1-9', '10-49', '50-249', '250-999', '1000+'];
export const unionStatusList: readonly UnionStatus[] = ['non_union', 'union', 'partial', 'unknown'];

export interface IndustryProfile {
  code: IndustryCode;
  /** Relative share of the workplaces where members work. */
  weight: number;
  /** Chance that a workplace in this industry belongs to a large national employer. */
  national: number;
  /** Weights over `sizes`. */
  sizeWeights: readonly number[];
  /** Weights over `unionStatusList`. */
  unionWeights: readonly number[];
  unions: readonly string[];
  jobs: readonly string[];
}

const p = (
  code: IndustryCode,
  weight: number,
  national: number,
  sizeWeights: readonly number[],
  unionWeights: readonly number[],
): IndustryProfile => ({
  code,
  weight,
  national,
  sizeWeights,
  unionWeights,
  unions: (industryUnions[code] ?? 'SEIU').split(', '),
  jobs: (industryJobs[code] ?? 'Worker').split(', '),
});

/**
 * Where members of a young, college-educated membership organization tend to work: health care
 * and education first, then retail, food service, logistics and the public sector.
 */
export const industries: readonly IndustryProfile[] = [
  p('62', 19, 0.45, [8, 22, 30, 20, 20], [45, 20, 12, 23]),
  p('61', 15, 0.04, [3, 12, 35, 28, 22], [25, 40, 15, 20]),
  p('44-45', 11, 0.75, [6, 40, 38, 14, 2], [65, 10, 5, 20]),
  p('72', 11, 0.5, [10, 50, 30, 8, 2], [70, 6, 4, 20]),
  p('48-49', 8, 0.72, [3, 15, 32, 30, 20], [40, 30, 10, 20]),
  p('54', 7, 0.35, [15, 35, 30, 14, 6], [75, 4, 3, 18]),
  p('92', 7, 0.08, [4, 18, 34, 26, 18], [20, 50, 10, 20]),
  p('31-33', 5, 0.5, [4, 18, 32, 26, 20], [50, 22, 8, 20]),
  p('51', 3, 0.55, [10, 30, 30, 18, 12], [55, 18, 7, 20]),
  p('56', 3, 0.5, [8, 30, 34, 20, 8], [55, 20, 5, 20]),
  p('81', 2.5, 0.1, [30, 45, 18, 6, 1], [70, 8, 2, 20]),
  p('52', 2, 0.6, [8, 30, 30, 20, 12], [80, 3, 2, 15]),
  p('71', 2, 0.25, [12, 40, 30, 14, 4], [55, 20, 5, 20]),
  p('23', 2, 0.2, [25, 40, 25, 8, 2], [45, 30, 5, 20]),
  p('22', 1, 0.6, [5, 20, 35, 25, 15], [30, 45, 10, 15]),
  p('42', 1, 0.4, [10, 35, 35, 15, 5], [60, 20, 5, 15]),
  p('53', 0.8, 0.3, [25, 45, 20, 8, 2], [75, 8, 2, 15]),
  p('11', 0.5, 0.1, [25, 40, 25, 8, 2], [70, 8, 2, 20]),
  p('55', 0.4, 0.1, [5, 25, 35, 25, 10], [85, 2, 1, 12]),
  p('21', 0.3, 0.6, [5, 25, 35, 25, 10], [45, 35, 5, 15]),
];

export const industryByCode = new Map(industries.map((i) => [i.code, i]));

const list = (s: string) => s.split(', ');

/** Unions members belong to where their workplace does not say (or they do not work at one). */
export const memberUnions = {
  names: list(
    'SEIU, AFT, NEA, AFSCME, Teamsters, UAW, CWA, UFCW, National Nurses United, UNITE HERE, Workers United, IBEW, ATU, USW, AFGE',
  ),
  weights: [16, 14, 12, 11, 9, 9, 7, 6, 4, 4, 3, 2, 1, 1, 1],
};

export const saints = list(
  'Joseph, Mary, Luke, Francis, Vincent, Anthony, Elizabeth, John, Jude, Catherine, Mark, Agnes',
);
export const schoolNames = list(
  'Lincoln, Washington, Jefferson, Roosevelt, King, Kennedy, Franklin, Douglass, Chavez, Tubman, Central, Westside, Eastside, Northside, Lakeview, Riverside, Hillcrest, Parkway, Jackson, Madison, Garfield, Oakwood, Sunset, Maple Grove',
);
export const streets = list(
  'Main, Oak, Maple, Washington, Martin Luther King Jr, Broadway, Market, Elm, Park, Lincoln, River, Industrial, Commerce, Church, Pine, Cedar, Highland, Lake, Jefferson, Franklin, Center, Union, Spring, Grand, Airport, Mill, Railroad, College, University, 1st, 2nd, 3rd, 5th, 7th, 10th, 12th',
);
export const streetKinds = list('St, Ave, Blvd, Rd, Dr, Way, Pkwy, Ln, Hwy');
