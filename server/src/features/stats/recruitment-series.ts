import { naicsCodes, recruitmentKeys, stateByCode } from '@shopfloor/shared';
import { shiftMonth } from '../pods/pod-progress';
import type { MappedRow } from './mapped.repository';
import type { FlowRow, JoinRow } from './recruitment.repository';

export interface MonthFigures {
  month: string;
  joins: number;
  lapses: number;
  members: number;
  bySource: Record<string, number>;
  byLanguage: Record<string, number>;
  byIndustry: Record<string, number>;
  byRegion: Record<string, number>;
}
export interface CohortFigures {
  month: string;
  checkedAt: string;
  joined: number;
  retained: number;
}
export interface IndustryRow {
  jm: string;
  industry: string | null;
  n: number;
}

const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0]));
const add = (o: Record<string, number>, k: string, n: number) => (o[k] = (o[k] ?? 0) + n);

/** Members in good standing at the end of `month` (BEFORE sorts before every month). */
export function membersAt(flows: readonly FlowRow[], month: string): number {
  let n = 0;
  for (const f of flows) if (f.jm <= month && (f.lm === null || f.lm > month)) n += f.n;
  return n;
}

/** Mapped members at the end of `month`: in good standing then (or, for pods, at all). */
export function mappedAt(rows: readonly MappedRow[], month: string, countLapsed = false): number {
  let mapped = 0;
  for (const r of rows) {
    if (r.jm > month || (!countLapsed && r.lm !== null && r.lm <= month)) continue;
    if (r.mf !== null && r.mf <= month && r.mu !== null && r.mu > month) mapped += r.n;
  }
  return mapped;
}

/** Each month's joins, lapses, members at its end, and its joins broken down four ways. */
export function foldMonths(
  months: readonly string[],
  flows: readonly FlowRow[],
  joins: readonly JoinRow[],
  industries: readonly IndustryRow[],
): MonthFigures[] {
  const out = new Map<string, MonthFigures>(
    months.map((month) => [
      month,
      {
        month,
        joins: 0,
        lapses: 0,
        members: membersAt(flows, month),
        bySource: zeros(recruitmentKeys.sources),
        byLanguage: zeros(recruitmentKeys.languages),
        byIndustry: zeros([...naicsCodes, ...recruitmentKeys.industryExtras]),
        byRegion: zeros(recruitmentKeys.regions),
      },
    ]),
  );
  for (const f of flows) {
    const joined = out.get(f.jm);
    if (joined) joined.joins += f.n;
    const lapsed = f.lm === null ? undefined : out.get(f.lm);
    if (lapsed) lapsed.lapses += f.n;
  }
  for (const j of joins) {
    const m = out.get(j.jm);
    if (!m) continue;
    add(m.bySource, j.source ?? 'unknown', j.n);
    add(m.byLanguage, j.language, j.n);
    add(m.byRegion, stateByCode.get(j.state)?.region ?? 'unknown', j.n);
  }
  const mapped = new Map<string, number>();
  for (const i of industries) {
    const m = out.get(i.jm);
    if (!m) continue;
    add(m.byIndustry, i.industry ?? 'unknown', i.n);
    mapped.set(i.jm, (mapped.get(i.jm) ?? 0) + i.n);
  }
  for (const m of out.values()) m.byIndustry.unmapped = m.joins - (mapped.get(m.month) ?? 0);
  return [...out.values()];
}

/** Of each month's joiners, those still in good standing at the end of the month 12 months on. */
export function foldRetention(
  months: readonly string[],
  flows: readonly FlowRow[],
  to: string,
): CohortFigures[] {
  return months
    .filter((m) => shiftMonth(m, 12) <= to)
    .map((month) => {
      const checkedAt = shiftMonth(month, 12);
      let joined = 0;
      let retained = 0;
      for (const f of flows) {
        if (f.jm !== month) continue;
        joined += f.n;
        if (f.lm === null || f.lm > checkedAt) retained += f.n;
      }
      return { month, checkedAt, joined, retained };
    });
}
