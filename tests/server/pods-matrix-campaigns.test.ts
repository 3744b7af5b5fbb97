import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../factories/fingerprint';
import {
  addToPod,
  insertMember,
  matrix,
  podWorld,
  type MatrixCase,
  type PodWorld,
} from '../factories/pods';

/**
 * The matrix for what pods open to organizers (their pods' members and campaigns), the campaign
 * routes of this issue (approval, appraisal), and the national pipeline and employer figures.
 */
let w: PodWorld;
let duke: number;
let amazon: number;
beforeAll(async () => {
  w = await podWorld();
  const site = (name: string) =>
    w.ctx.db('workplaces').where({ chapter_id: w.triangle, site_name: name }).first('id');
  duke = (await site('Duke University Hospital')).id;
  amazon = (await site('RDU1 Fulfillment Center')).id;
});
afterAll(() => w.ctx.close());

/** A pre-public campaign at a workplace (Keisha, of the organizer's pod, works at Duke). */
async function newCampaign(workplaceId: number, approval = 'none'): Promise<number> {
  const now = new Date().toISOString();
  const [row] = await w.ctx
    .db('campaigns')
    .insert({
      workplace_id: workplaceId,
      chapter_id: w.triangle,
      started_on: '2026-10-01',
      approval,
      created_at: now,
      updated_at: now,
    })
    .returning('id');
  await w.ctx
    .db('campaign_stage_history')
    .insert({ campaign_id: row.id, to_stage: 'mapping', changed_at: now });
  return row.id;
}
async function podMember(): Promise<number> {
  const id = await insertMember(w.ctx.db, w.triangle);
  await addToPod(w.ctx.db, w.podId, id);
  return id;
}

const committee = {
  anon: 401,
  admin: 200,
  national: 403,
  chapter: 200,
  chapter2: 404,
  organizer: 403,
  organizer2: 403,
  member: 403,
} as const;
const nationalOnly = {
  anon: 401,
  admin: 200,
  national: 200,
  chapter: 403,
  chapter2: 403,
  organizer: 403,
  organizer2: 403,
  member: 403,
} as const;

const cases: MatrixCase[] = [
  {
    name: "read a pod member's record",
    method: 'get',
    target: async () => ({ path: `/api/members/${w.keishaId}` }),
    expect: { ...committee, organizer: 200, organizer2: 404 },
  },
  {
    name: "change a pod member's organizing status",
    method: 'patch',
    target: async () => ({
      path: `/api/members/${await podMember()}`,
      body: { organizingStatus: 'mapping', version: 0 },
    }),
    expect: { ...committee, organizer: 200, organizer2: 404 },
  },
  {
    name: 'change the status of a member outside any pod',
    method: 'patch',
    target: async () => ({
      path: `/api/members/${await insertMember(w.ctx.db, w.triangle)}`,
      body: { organizingStatus: 'mapping', version: 0 },
    }),
    expect: { ...committee, organizer: 404, organizer2: 404 },
  },
  {
    name: "read a campaign at a pod's workplace",
    method: 'get',
    target: async () => ({ path: `/api/campaigns/${await newCampaign(duke)}` }),
    expect: { ...committee, national: 404, organizer: 200, organizer2: 404 },
  },
  {
    name: "move a campaign at a pod's workplace",
    method: 'post',
    target: async () => ({
      path: `/api/campaigns/${await newCampaign(duke)}/stage`,
      body: { stage: 'committee', version: 0 },
    }),
    expect: { ...committee, organizer: 200, organizer2: 404 },
  },
  {
    name: 'move a campaign outside the pods',
    method: 'post',
    target: async () => ({
      path: `/api/campaigns/${await newCampaign(amazon)}/stage`,
      body: { stage: 'committee', version: 0 },
    }),
    expect: { ...committee, organizer: 404, organizer2: 404 },
  },
  {
    name: 'write the honest appraisal',
    method: 'patch',
    target: async () => ({
      path: `/api/campaigns/${await newCampaign(duke)}`,
      body: { appraisalWorked: 'One-on-ones', appraisalDidnt: 'Flyers', version: 0 },
    }),
    expect: committee,
  },
  {
    name: 'submit a campaign for approval',
    method: 'post',
    target: async () => ({
      path: `/api/campaigns/${await newCampaign(amazon)}/approval`,
      body: { decision: 'submitted', version: 0 },
    }),
    expect: { ...committee, national: 404 },
  },
  {
    name: 'approve a submitted campaign',
    method: 'post',
    target: async () => ({
      path: `/api/campaigns/${await newCampaign(amazon, 'submitted')}/approval`,
      body: { decision: 'approved', metrics: 'A majority by June', version: 0 },
    }),
    expect: { ...committee, national: 200, chapter: 403 },
  },
  {
    name: 'national pipeline',
    method: 'get',
    target: async () => ({ path: '/api/stats/pipeline' }),
    expect: nationalOnly,
  },
  {
    name: 'employers across chapters',
    method: 'get',
    target: async () => ({ path: '/api/stats/employers?q=amaz' }),
    expect: nationalOnly,
  },
  {
    name: "one employer's roll-up",
    method: 'get',
    target: async () => ({ path: '/api/stats/employers/amazon' }),
    expect: nationalOnly,
  },
];

describe('role × endpoint matrix: organizers, campaigns, pipeline', () => {
  matrix(() => w, cases);

  it('lets an organizer change only the organizing status of its pod members', async () => {
    const id = await podMember();
    const before = await fingerprint(w.ctx.db);
    const res = await w.agents.organizer
      .patch(`/api/members/${id}`)
      .set('X-CSRF-Token', w.agents.organizer.csrf)
      .send({ organizingStatus: 'trained', lastName: 'Renamed', version: 0 });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/lastName/);
    expect(await fingerprint(w.ctx.db)).toEqual(before);
    const ok = await w.agents.organizer
      .patch(`/api/members/${id}`)
      .set('X-CSRF-Token', w.agents.organizer.csrf)
      .send({ organizingStatus: 'trained', version: 0 });
    expect(ok.status).toBe(200);
    const history = await w.ctx.db('organizing_status_history').where('member_id', id);
    expect(history).toMatchObject([{ from_status: 'not_started', to_status: 'trained' }]);
    const organizerId = (await w.ctx.db('users').where('email', 'organizer@demo.test').first()).id;
    expect(history[0].changed_by).toBe(organizerId);
  });

  it("shows an organizer its pods' campaigns in full, national only the submitted ones, without employer or site", async () => {
    const mine = await w.agents.organizer.get('/api/campaigns');
    const demo = mine.body.items.find((c: { siteName?: string }) => c.siteName);
    expect(demo).toMatchObject({ employer: 'Duke University Health System', isPublic: false });
    const national = await w.agents.national.get('/api/campaigns?approval=submitted');
    expect(national.status).toBe(200);
    expect(national.body.items.length).toBeGreaterThan(0);
    for (const c of national.body.items) {
      expect(c.isPublic).toBe(false);
      expect(c).not.toHaveProperty('employer');
      expect(c).not.toHaveProperty('siteName');
    }
    const one = await w.agents.national.get(`/api/campaigns/${national.body.items[0].id}`);
    expect(one.status).toBe(200);
    expect(one.body).not.toHaveProperty('employer');
    expect(JSON.stringify(one.body)).not.toMatch(/Duke|Amazon|RDU1/);
    expect(one.body.history.every((h: { note: unknown }) => h.note === null)).toBe(true);
    const unsubmitted = await newCampaign(duke);
    expect((await w.agents.national.get(`/api/campaigns/${unsubmitted}`)).status).toBe(404);
    const all = await w.agents.national.get('/api/campaigns?limit=500');
    expect(all.body.items.map((c: { id: number }) => c.id)).not.toContain(unsubmitted);
  });
});
