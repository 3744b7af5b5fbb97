import { isPublicStage, pipelineStages, type CampaignStage } from '@shopfloor/shared';
import type { Rng } from '../random';
import { memberUnions } from './industry-data';
import { DAY_MS, dayAt, isoAt, type Row } from './time';

/** Where campaigns stand after up to two years: many still mapping or building a committee. */
const finals: readonly CampaignStage[] = [
  'mapping',
  'committee',
  'majority',
  'public',
  'election',
  'bargaining',
  'won',
  'lost',
  'paused',
];
const finalWeights = [26, 22, 10, 6, 5, 5, 10, 7, 9];
const unitRange: Record<string, [number, number]> = {
  '1-9': [4, 9],
  '10-49': [10, 49],
  '50-249': [50, 249],
  '250-999': [250, 999],
  '1000+': [1000, 3000],
};
const upTo = (stage: CampaignStage): CampaignStage[] =>
  pipelineStages.slice(0, pipelineStages.indexOf(stage as never) + 1) as CampaignStage[];

/** The stages a campaign went through to end where it is. */
function path(r: Rng, final: CampaignStage): { stage: CampaignStage; note: string | null }[] {
  let stages: CampaignStage[];
  if (final === 'won') stages = [...upTo(r.chance(0.7) ? 'election' : 'bargaining'), 'won'];
  else if (final === 'lost') stages = [...upTo(r.chance(0.5) ? 'public' : 'election'), 'lost'];
  else if (final === 'paused')
    stages = [...upTo(r.pick(['mapping', 'committee', 'majority'] as const)), 'paused'];
  else stages = upTo(final);
  const steps = stages.map((stage) => ({ stage, note: null as string | null }));
  // Some committees fall apart once and are rebuilt.
  const at = steps.findIndex((s) => s.stage === 'committee');
  if (at > 0 && at < steps.length - 1 && r.chance(0.1))
    steps.splice(
      at + 1,
      0,
      { stage: 'mapping', note: 'Two committee members left the job; remapping' },
      { stage: 'committee', note: null },
    );
  return steps;
}

function assessments(r: Rng, unit: number, final: CampaignStage) {
  const idx = finals.indexOf(final);
  const assessed = Math.round(unit * (idx <= 1 ? 0.1 + 0.3 * r.next() : 0.55 + 0.4 * r.next()));
  const support =
    idx >= 2 && final !== 'paused' ? Math.floor(unit / 2) + 1 : Math.floor(assessed * 0.35);
  const s = Math.min(support, assessed);
  const leaders = Math.floor(s * 0.3);
  const rest = assessed - s;
  return {
    assess_1: leaders,
    assess_2: s - leaders,
    assess_3: Math.floor(rest * 0.5),
    assess_4: Math.floor(rest * 0.3),
    assess_5: rest - Math.floor(rest * 0.5) - Math.floor(rest * 0.3),
  };
}

function approval(r: Rng, final: CampaignStage) {
  const idx = finals.indexOf(final);
  const weights = idx === 0 ? [90, 10, 0, 0] : idx === 1 ? [60, 25, 12, 3] : [10, 15, 70, 5];
  const state = r.weighted(['none', 'submitted', 'approved', 'declined'], weights);
  return {
    approval: state,
    approval_metrics:
      state === 'approved' || state === 'submitted'
        ? r.pick([
            'A committee of 10% of the unit within six months',
            'Majority support on a public petition',
            'Recognition or an election within a year',
          ])
        : null,
    approval_reason: state === 'declined' ? 'Not enough of the unit mapped yet' : null,
  };
}

/**
 * About 1,500 campaigns over the last 24 months, at workplaces where members work, each with its
 * stage history; public_since when it first went public; outcome and appraisal when it ended.
 */
export function generateCampaigns(
  r: Rng,
  workplaces: readonly Row[],
  employments: readonly Row[],
  today: Date,
  count = 1500,
) {
  const todayMs = today.getTime();
  const staffed = new Set(
    employments.filter((e) => e.ended_on === null).map((e) => e.workplace_id as number),
  );
  const candidates = workplaces.filter((w) => w.size !== '1-9' && staffed.has(w.id as number));
  const chosen = new Set<Row>();
  while (chosen.size < Math.min(count, candidates.length)) chosen.add(r.pick(candidates));
  const campaigns: Row[] = [];
  const history: Row[] = [];
  for (const w of chosen) {
    const id = campaigns.length + 1;
    const final = r.weighted(finals, finalWeights);
    const steps = path(r, final);
    const startMs = todayMs - r.int(20, 730) * DAY_MS;
    const gaps = steps.slice(1).map(() => r.int(12, 120) * DAY_MS);
    const span = gaps.reduce((a, b) => a + b, 0);
    const fit = Math.min(1, ((todayMs - startMs) * 0.95) / Math.max(span, 1));
    let at = startMs + 15 * 3600_000;
    const times = steps.map(
      (_, i) => (at += i === 0 ? 0 : Math.max(DAY_MS, Math.round(gaps[i - 1]! * fit))),
    );
    steps.forEach((s, i) =>
      history.push({
        id: history.length + 1,
        campaign_id: id,
        from_stage: i ? steps[i - 1]!.stage : null,
        to_stage: s.stage,
        changed_at: isoAt(times[i]!),
        changed_by: null,
        note: s.note,
      }),
    );
    const firstPublic = steps.findIndex((s) => isPublicStage(s.stage));
    const [lo, hi] = unitRange[w.size as string] ?? [10, 49];
    const unit = r.int(lo, hi);
    const ended = final === 'won' || final === 'lost' || final === 'paused';
    const industry = w.industry as string;
    campaigns.push({
      id,
      workplace_id: w.id as number,
      chapter_id: w.chapter_id as number,
      kind: r.weighted(['union_drive', 'demand', 'solidarity'], [75, 20, 5]),
      program:
        industry === '62' && r.chance(0.5)
          ? 'healthcare'
          : r.weighted(['ewoc', 'rop', 'other', 'none'], [50, 10, 15, 25]),
      partner_union:
        (w.union_name as string | null) ??
        (r.chance(0.6) ? r.weighted(memberUnions.names, memberUnions.weights) : null),
      unit_size: unit,
      ...assessments(r, unit, final),
      stage: final,
      ...approval(r, final),
      outcome: ended ? final : null,
      appraisal_worked: ended
        ? r.pick([
            'Weekly one-on-ones',
            'A strong, diverse committee',
            'Shop-floor actions on safety',
          ])
        : null,
      appraisal_didnt: ended
        ? r.pick([
            'Started public too early',
            'Turnover on nights',
            'Captive-audience meetings went unanswered',
          ])
        : null,
      started_on: dayAt(startMs),
      public_since: firstPublic >= 0 ? isoAt(times[firstPublic]!) : null,
      version: steps.length - 1,
      created_at: isoAt(startMs + 15 * 3600_000),
      updated_at: isoAt(times[times.length - 1]!),
    });
  }
  return { campaigns, history };
}
