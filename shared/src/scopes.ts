import { z } from 'zod';
import { regionCode, stateByCode } from './geo';
import { goalScope, type GoalScope } from './goals';
import { naicsCodes } from './naics';

/**
 * What a figure or a goal is about: the nation (no ref), a Census region (`south`), a state
 * (`NC`), a chapter (its id), an industry (NAICS sector, `62`) or a pod (its id).
 */
export const figureScope = goalScope;
export type FigureScope = GoalScope;

/** The ref normalized for its scope (state codes upper-cased, ids as digits), or why it is wrong. */
export function normalizeScopeRef(
  scope: GoalScope,
  ref: string | number | null | undefined,
): { ok: true; ref: string | null } | { ok: false; message: string } {
  const raw = ref === null || ref === undefined ? '' : String(ref).trim();
  switch (scope) {
    case 'nation':
      return raw === ''
        ? { ok: true, ref: null }
        : { ok: false, message: 'The nation takes no reference' };
    case 'region':
      return regionCode.safeParse(raw).success
        ? { ok: true, ref: raw }
        : { ok: false, message: 'Use a Census region: northeast, midwest, south or west' };
    case 'state':
      return stateByCode.has(raw.toUpperCase())
        ? { ok: true, ref: raw.toUpperCase() }
        : { ok: false, message: 'Use a two-letter state code such as NC or DC' };
    case 'industry':
      return naicsCodes.includes(raw)
        ? { ok: true, ref: raw }
        : { ok: false, message: 'Use a NAICS sector code such as 62 or 44-45' };
    case 'chapter':
    case 'pod':
      return /^[1-9]\d{0,8}$/.test(raw)
        ? { ok: true, ref: raw }
        : { ok: false, message: `Use the ${scope}'s id, a positive whole number` };
  }
}

/** 'YYYY-MM' (a date YYYY-MM-DD is accepted and its month taken). */
export const monthParam = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/,
    'Use a month written YYYY-MM (or a date YYYY-MM-DD, whose month is taken)',
  )
  .transform((v) => v.slice(0, 7));
