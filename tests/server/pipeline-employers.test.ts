import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employerRollup } from '@shopfloor/shared';
import {
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from '../factories/app';
import { employ, insertMember, insertWorkplace } from '../factories/pods';

/**
 * One employer across two chapters: Plant 1 and Plant 2 in Triangle (NC), Plant 3 in Chicago
 * (IL); six members at Plant 1, two at Plant 2; a public campaign at Plant 1 and a confidential
 * one at Plant 3, which national must never see named.
 */
let ctx: TestContext;
let admin: Agent;
let national: Agent;

beforeAll(async () => {
  ctx = await makeTestApp();
  admin = await loginAs(ctx.app, 'admin@demo.test');
  national = await loginAs(ctx.app, 'national@demo.test');
  const triangle = await chapterIdByName(ctx.db, 'Triangle');
  const chicago = await chapterIdByName(ctx.db, 'Chicago');
  const site = (chapterId: number, n: number, state: string, zip: string) =>
    insertWorkplace(ctx.db, chapterId, {
      employer: n === 2 ? 'ACME Widgets, Inc.' : 'Acme Widgets',
      employer_key: 'acme widgets',
      site_name: `Plant ${n}`,
      state,
      zip,
    });
  const plants = [
    await site(triangle, 1, 'NC', '27701'),
    await site(triangle, 2, 'NC', '27705'),
    await site(chicago, 3, 'IL', '60607'),
  ];
  for (let i = 0; i < 8; i++)
    await employ(ctx.db, await insertMember(ctx.db, triangle), plants[i < 6 ? 0 : 1]!);
  const campaign = async (workplaceId: number, chapterId: number, stage: string, pub: boolean) =>
    ctx.db('campaigns').insert({
      workplace_id: workplaceId,
      chapter_id: chapterId,
      stage,
      started_on: '2026-01-05',
      public_since: pub ? '2026-06-01T12:00:00.000Z' : null,
      created_at: '2026-01-05T12:00:00.000Z',
      updated_at: '2026-01-05T12:00:00.000Z',
    });
  await campaign(plants[0]!, triangle, 'election', true);
  await campaign(plants[2]!, chicago, 'committee', false);
});
afterAll(() => ctx.close());

describe('employers across chapters', () => {
  it('rolls one employer up by state and chapter, exactly for admins', async () => {
    const res = await admin.get('/api/stats/employers/Acme%20Widgets');
    expect(res.status).toBe(200);
    const r = employerRollup.parse(res.body);
    expect(r).toMatchObject({
      key: 'acme widgets',
      employer: 'Acme Widgets',
      names: ['Acme Widgets', 'ACME Widgets, Inc.'],
      totals: { sites: 3, chapters: 2, states: 2, members: 8 },
    });
    expect(r.byState).toEqual([
      { state: 'IL', sites: 1, members: 0, publicCampaigns: 0, confidentialCampaigns: 1 },
      { state: 'NC', sites: 2, members: 8, publicCampaigns: 1, confidentialCampaigns: 0 },
    ]);
    expect(r.byChapter.map((c) => [c.chapter, c.sites, c.members])).toEqual([
      ['Triangle', 2, 8],
      ['Chicago', 1, 0],
    ]);
    expect(r.campaignsByStage.election).toBe(1);
    expect(r.campaignsByStage.committee).toBe(0);
    expect(r.publicCampaigns).toMatchObject([{ stage: 'election', siteName: 'Plant 1' }]);
  });

  it('suppresses small counts for national and never names a confidential site', async () => {
    const res = await national.get('/api/stats/employers/acme-widgets');
    expect(res.status).toBe(200);
    const r = employerRollup.parse(res.body);
    expect(r.totals).toEqual({ sites: '<5', chapters: 2, states: 2, members: 8 });
    expect(r.byState).toEqual([
      { state: 'IL', sites: '<5', members: 0, publicCampaigns: 0, confidentialCampaigns: '<5' },
      { state: 'NC', sites: '<5', members: 8, publicCampaigns: '<5', confidentialCampaigns: 0 },
    ]);
    expect(JSON.stringify(r)).not.toMatch(/Plant 3|Plant 2/);
    expect(r.publicCampaigns.map((c) => c.siteName)).toEqual(['Plant 1']);
  });

  it('finds employers by part of their name', async () => {
    const res = await national.get('/api/stats/employers?q=ACME');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        key: 'acme widgets',
        employer: 'Acme Widgets',
        sites: '<5',
        chapters: 2,
        states: 2,
        members: 8,
        publicCampaigns: '<5',
      },
    ]);
    expect((await national.get('/api/stats/employers/nobody-at-all')).status).toBe(404);
  });
});
