import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelineStats } from '@shopfloor/shared';
import { loginAs, makeTestApp, type Agent, type TestContext } from '../factories/app';

/**
 * The national pipeline against figures worked out by hand: six campaigns with known stage
 * histories (all changes at noon UTC, so stays are whole days).
 */
let ctx: TestContext;
let admin: Agent;
let national: Agent;

const day = (d: string) => `${d}T12:00:00.000Z`;
const fixture: [string, string, string, [string, string][]][] = [
  // site, approval, public since, [stage, day]
  [
    'RDU1 Fulfillment Center',
    'approved',
    '2026-03-12',
    [
      ['mapping', '2026-01-01'],
      ['committee', '2026-01-11'],
      ['majority', '2026-02-10'],
      ['public', '2026-03-12'],
      ['election', '2026-04-01'],
      ['won', '2026-05-01'],
    ],
  ],
  [
    'Ninth Street',
    'approved',
    '2026-03-12',
    [
      ['mapping', '2026-01-01'],
      ['committee', '2026-01-21'],
      ['majority', '2026-03-02'],
      ['public', '2026-03-12'],
      ['lost', '2026-04-11'],
    ],
  ],
  [
    'DCH1 Delivery Station',
    'declined',
    '',
    [
      ['mapping', '2026-02-01'],
      ['committee', '2026-02-06'],
      ['paused', '2026-03-08'],
    ],
  ],
  [
    'Rush University Medical Center',
    'approved',
    '2026-04-10',
    [
      ['mapping', '2026-03-01'],
      ['majority', '2026-03-31'],
      ['public', '2026-04-10'],
      ['election', '2026-05-10'],
      ['bargaining', '2026-06-09'],
      ['won', '2026-07-09'],
    ],
  ],
  ['Duke University Hospital', 'none', '', [['mapping', '2026-04-01']]],
  [
    'UNC Hospitals',
    'submitted',
    '',
    [
      ['mapping', '2026-01-01'],
      ['committee', '2026-02-01'],
      ['mapping', '2026-02-11'],
      ['committee', '2026-03-13'],
    ],
  ],
];

beforeAll(async () => {
  ctx = await makeTestApp();
  admin = await loginAs(ctx.app, 'admin@demo.test');
  national = await loginAs(ctx.app, 'national@demo.test');
  await ctx.db('campaigns').del();
  for (const [site, approval, publicSince, steps] of fixture) {
    const w = await ctx
      .db('workplaces')
      .where(function () {
        this.where('site_name', site).orWhere('employer', site);
      })
      .first();
    const [row] = await ctx
      .db('campaigns')
      .insert({
        workplace_id: w.id,
        chapter_id: w.chapter_id,
        stage: steps.at(-1)![0],
        approval,
        public_since: publicSince ? day(publicSince) : null,
        started_on: steps[0]![1],
        created_at: day(steps[0]![1]),
        updated_at: day(steps[0]![1]),
      })
      .returning('id');
    await ctx
      .db('campaign_stage_history')
      .insert(steps.map(([to, d]) => ({ campaign_id: row.id, to_stage: to, changed_at: day(d) })));
  }
  await ctx.db('data_versions').increment('version', 1);
});
afterAll(() => ctx.close());

describe('GET /api/stats/pipeline', () => {
  it('counts, converts, times and scores the pipeline exactly for admins', async () => {
    const res = await admin.get('/api/stats/pipeline');
    expect(res.status).toBe(200);
    const p = pipelineStats.parse(res.body);
    expect(p.total).toBe(6);
    expect(p.byStage).toEqual({
      mapping: 1,
      committee: 1,
      majority: 0,
      public: 0,
      election: 0,
      bargaining: 0,
      won: 2,
      lost: 1,
      paused: 1,
    });
    expect(p.byIndustry).toEqual({ '48-49': 2, '72': 1, '62': 3 });
    expect(p.byRegion).toEqual({ northeast: 0, midwest: 2, south: 4, west: 0 });
    expect(p.byApproval).toEqual({ none: 1, submitted: 1, approved: 3, declined: 1 });
    expect(p.conversion).toEqual([
      { from: 'mapping', to: 'committee', reached: 6, advanced: 4, rate: 0.667 },
      { from: 'committee', to: 'majority', reached: 4, advanced: 2, rate: 0.5 },
      { from: 'majority', to: 'public', reached: 3, advanced: 3, rate: 1 },
      { from: 'public', to: 'election', reached: 3, advanced: 2, rate: 0.667 },
      { from: 'election', to: 'bargaining', reached: 2, advanced: 1, rate: 0.5 },
    ]);
    expect(p.medianDaysInStage).toEqual({
      mapping: { median: 25, stays: 6 },
      committee: { median: 30, stays: 4 },
      majority: { median: 10, stays: 3 },
      public: { median: 30, stays: 3 },
      election: { median: 30, stays: 2 },
      bargaining: { median: 30, stays: 1 },
      won: { median: null, stays: 0 },
      lost: { median: null, stays: 0 },
      paused: { median: null, stays: 0 },
    });
    expect(p.winRate).toEqual({ won: 2, lost: 1, rate: 0.667 });
  });

  it('suppresses small counts for national, with no rate or median that would give one back', async () => {
    const res = await national.get('/api/stats/pipeline');
    const p = pipelineStats.parse(res.body);
    expect(p.suppressionThreshold).toBe(5);
    expect(p.total).toBe(6);
    expect(p.conversion[0]).toEqual({
      from: 'mapping',
      to: 'committee',
      reached: 6,
      advanced: '<5',
      rate: null,
    });
    expect(p.medianDaysInStage.mapping).toEqual({ median: 25, stays: 6 });
    expect(p.medianDaysInStage.committee).toEqual({ median: null, stays: '<5' });
    expect(p.winRate).toEqual({ won: '<5', lost: '<5', rate: null });
    expect(p.byStage.won).toBe('<5');
    expect(JSON.stringify(p)).not.toMatch(/Duke|UNC|Amazon/);
  });

  it('is also the pipeline section of the national figures', async () => {
    const res = await national.get('/api/stats/national');
    expect(res.status).toBe(200);
    expect(res.body.totals).toBeDefined();
    expect(res.body.pipeline).toEqual((await national.get('/api/stats/pipeline')).body);
  });

  it('lists to national the submitted pre-public campaign without employer or site', async () => {
    const res = await national.get('/api/campaigns?limit=500');
    const stages = res.body.items.map((c: { stage: string; isPublic: boolean }) => c.stage);
    // Public ones (won, lost, won) and the submitted one; not the unsubmitted, unpublished ones.
    expect(stages.sort()).toEqual(['committee', 'lost', 'paused', 'won', 'won']);
    const hidden = res.body.items.filter((c: { isPublic: boolean }) => !c.isPublic);
    for (const c of hidden) expect(Object.keys(c)).not.toContain('employer');
    expect(JSON.stringify(hidden)).not.toMatch(/UNC|DCH1|Amazon/);
  });
});
