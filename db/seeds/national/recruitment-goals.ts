import type { Rng } from '../random';
import type { ChapterPlan } from './chapters';
import { DAY_MS, isoAt, type Row } from './time';

type Spec = [metric: string, scope: string, ref: string | null, target: number, due: string];

/**
 * Goals beside the national 100,000 members (seeded with the pods): national recruiting targets
 * (from workplaces, in Spanish, members mapped, labor committees), the South's, a few states'
 * and industries', and the largest chapters' own, each a stretch from where they stand.
 */
export function generateRecruitmentGoals(
  r: Rng,
  o: {
    firstId: number;
    chapters: readonly ChapterPlan[];
    nationalUserId: number | null;
    chapterUserOf: ReadonlyMap<number, number>;
    today: Date;
  },
): Row[] {
  const south = o.chapters.filter((c) => c.isSouth);
  const sum = (cs: readonly ChapterPlan[]) => cs.reduce((a, c) => a + c.members, 0);
  const committees = (cs: readonly ChapterPlan[]) => cs.filter((c) => c.hasLaborCommittee).length;
  const round = (n: number, to: number) => Math.max(to, Math.round(n / to) * to);
  const byState = (st: string) => o.chapters.filter((c) => c.state === st);
  const specs: Spec[] = [
    ['workplace_recruits', 'nation', null, 12_000, '2027-12-31'],
    ['spanish_recruits', 'nation', null, 4_000, '2027-12-31'],
    ['mapped', 'nation', null, 55_000, '2027-06-30'],
    ['chapters_with_committee', 'nation', null, committees(o.chapters) + 40, '2027-12-31'],
    ['members', 'region', 'south', round(sum(south) * 1.35, 500), '2027-12-31'],
    ['recruits', 'region', 'south', round(sum(south) * 0.4, 500), '2027-12-31'],
    ['chapters_with_committee', 'region', 'south', committees(south) + 20, '2027-12-31'],
    ['members', 'state', 'NC', round(sum(byState('NC')) * 1.3, 100), '2027-12-31'],
    ['members', 'state', 'TX', round(sum(byState('TX')) * 1.3, 100), '2027-12-31'],
    ['spanish_recruits', 'state', 'TX', 600, '2027-12-31'],
    ['recruits', 'state', 'GA', round(sum(byState('GA')) * 0.5, 50), '2027-06-30'],
    ['recruits', 'industry', '62', 3_000, '2027-06-30'],
    ['workplace_recruits', 'industry', '61', 1_200, '2027-06-30'],
    ['workplace_recruits', 'industry', '48-49', 800, '2027-12-31'],
    // Already met, to show how a met goal reads.
    ['chapters_with_committee', 'region', 'northeast', 1, '2027-06-30'],
  ];
  const largest = [...o.chapters].sort((a, b) => b.members - a.members).slice(0, 12);
  for (const c of largest) {
    specs.push(['members', 'chapter', String(c.id), round(c.members * 1.25, 10), '2027-12-31']);
    if (r.chance(0.6))
      specs.push(['recruits', 'chapter', String(c.id), round(c.members * 0.3, 10), '2027-06-30']);
    if (r.chance(0.4))
      specs.push(['mapped', 'chapter', String(c.id), round(c.members * 0.7, 10), '2027-12-31']);
  }
  const created = o.today.getTime() - 200 * DAY_MS;
  return specs.map(([metric, scope, ref, target, due], i) => ({
    id: o.firstId + i,
    metric,
    scope,
    scope_ref: ref,
    target,
    starts_on: '2026-01-01',
    due_on: due,
    created_by: scope === 'chapter' ? (o.chapterUserOf.get(Number(ref)) ?? null) : o.nationalUserId,
    version: 0,
    created_at: isoAt(created + i * 60_000),
    updated_at: isoAt(created + i * 60_000),
  }));
}
