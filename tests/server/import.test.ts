import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from '../factories/app';

/** The national list as a chapter receives it (a copy of shared/data/roster-national-layout.csv). */
const nationalSample = readFileSync(
  new URL('../fixtures/rosters/national-layout.csv', import.meta.url),
  'utf8',
);
/** The same four people with AK_IDs the demo data does not use (it numbers members from 100201). */
const newPeople = nationalSample.replace(/^1002(\d\d),/gm, '9002$1,');

let ctx: TestContext;
let triangle: number;
let chicago: number;
let agent: Agent;

beforeAll(async () => {
  ctx = await makeTestApp();
  triangle = await chapterIdByName(ctx.db, 'Triangle');
  chicago = await chapterIdByName(ctx.db, 'Chicago');
  agent = await loginAs(ctx.app, 'chapter@demo.test');
});
afterAll(() => ctx.close());

function importCsv(csv: string | Buffer, query = '', as = agent, chapterId = triangle) {
  return as
    .post(`/api/chapters/${chapterId}/import/members${query}`)
    .set('X-CSRF-Token', as.csrf)
    .set('Content-Type', 'text/csv')
    .send(csv);
}

/** What a failed import must leave exactly as it was. */
async function snapshot() {
  const members = await ctx.db('members').count({ n: '*' }).sum({ v: 'version' }).first();
  const audit = await ctx.db('audit_log').count({ n: '*' }).first();
  return { members: Number(members!.n), versions: Number(members!.v), audit: Number(audit!.n) };
}

const memberByAkId = (akId: string) => ctx.db('members').where({ ak_id: akId }).first();

describe('the national list', () => {
  it('dry-runs the sample: counts what would happen and writes nothing', async () => {
    const before = await snapshot();
    const res = await importCsv(newPeople);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dryRun: true,
      committed: false,
      created: 4,
      updated: 0,
      unchanged: 0,
      rejected: [],
    });
    const field = (header: string) =>
      res.body.columns.find((c: { header: string }) => c.header === header)?.field;
    expect(res.body.columns).toHaveLength(32);
    expect([field('AK_ID'), field('Email'), field('Mobile_Phone'), field('Home_Phone')]).toEqual([
      'akId',
      'email',
      'phone',
      'phone',
    ]);
    expect([
      field('Mailing_Zip'),
      field('Join_Date'),
      field('Xdate'),
      field('membership_status'),
    ]).toEqual(['zip', 'joinedOn', 'lapsedOn', 'status']);
    expect([field('DSA_chapter'), field('Billing_City'), field('student_yes_no')]).toEqual([
      null,
      null,
      null,
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('commits the sample: four members, each audited, plus one summary row', async () => {
    const before = await snapshot();
    const res = await importCsv(newPeople, '?dryRun=false');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dryRun: false,
      committed: true,
      created: 4,
      updated: 0,
      unchanged: 0,
      rejected: [],
    });
    const after = await snapshot();
    expect(after.members).toBe(before.members + 4);
    expect(after.audit).toBe(before.audit + 5);

    const keisha = await memberByAkId('900201');
    expect(keisha).toMatchObject({
      chapter_id: triangle,
      first_name: 'Keisha',
      last_name: 'Bell',
      email: 'keisha.bell@example.org',
    });
    expect(keisha).toMatchObject({
      phone: '(919) 555-0140',
      zip: '27701',
      joined_on: '2023-04-02',
      status: 'good_standing',
    });
    expect(keisha).toMatchObject({
      lapsed_on: null,
      union_name: 'SEIU',
      union_local: 'Local 1199',
      preferred_language: 'en',
    });
    expect(Boolean(keisha.union_member)).toBe(true);
    expect(keisha.organizing_status).toBe('not_started');
    const miguel = await memberByAkId('900202');
    expect(Boolean(miguel.union_member)).toBe(false);
    expect(miguel.union_name).toBeNull();
    // No mobile phone: the home phone; lapsed, so the Xdate is the lapse date.
    const alex = await memberByAkId('900203');
    expect(alex).toMatchObject({
      phone: '919-555-0102',
      zip: '27514',
      status: 'lapsed',
      lapsed_on: '2025-01-20',
      union_name: 'UAW',
    });
    expect(Boolean(alex.union_member)).toBe(false);
    const dana = await memberByAkId('900204');
    expect(dana).toMatchObject({ phone: '919.555.0177', zip: '27702', joined_on: '2024-11-03' });
    expect(Boolean(dana.union_member)).toBe(true);

    const audit = await ctx.db('audit_log').where({ action: 'import_create' }).orderBy('id');
    expect(audit.map((a) => JSON.parse(a.after_json).akId)).toEqual([
      '900201',
      '900202',
      '900203',
      '900204',
    ]);
    expect(audit[0]).toMatchObject({
      entity: 'member',
      chapter_id: triangle,
      actor_role: 'chapter',
      before_json: null,
    });
    expect(JSON.parse(audit[0].after_json)).toMatchObject({
      firstName: 'Keisha',
      email: 'keisha.bell@example.org',
      organizingStatus: 'not_started',
    });
    const summary = await ctx
      .db('audit_log')
      .where({ entity: 'import', action: 'members' })
      .first();
    expect(JSON.parse(summary.after_json)).toEqual({
      created: 4,
      updated: 0,
      unchanged: 0,
      skipped: 0,
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot();
    const res = await importCsv(newPeople, '?dryRun=false');
    expect(res.body).toMatchObject({
      committed: true,
      created: 0,
      updated: 0,
      unchanged: 4,
      rejected: [],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('updates the demo members the sample names by AK_ID, only in the fields that differ', async () => {
    const keishaBefore = await memberByAkId('100201');
    const res = await importCsv(nationalSample, '?dryRun=false');
    expect(res.body).toMatchObject({ committed: true, created: 0, updated: 4, rejected: [] });
    const keisha = await memberByAkId('100201');
    expect(keisha).toMatchObject({
      id: keishaBefore.id,
      email: 'keisha.bell@example.org',
      version: keishaBefore.version + 1,
    });
    const audit = await ctx
      .db('audit_log')
      .where({ action: 'import_update', entity_id: String(keisha.id) })
      .first();
    const changed = JSON.parse(audit.after_json);
    expect(changed.email).toBe('keisha.bell@example.org');
    expect(JSON.parse(audit.before_json).email).toBe(keishaBefore.email);
    expect(changed).not.toHaveProperty('unionName'); // SEIU already
    expect((await importCsv(nationalSample, '?dryRun=false')).body).toMatchObject({
      updated: 0,
      unchanged: 4,
    });
  });

  it("refuses AK_IDs of another chapter's members without saying whose", async () => {
    const chapter2 = await loginAs(ctx.app, 'chapter2@demo.test');
    const before = await snapshot();
    const res = await importCsv(nationalSample, '?dryRun=false', chapter2, chicago);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ committed: false, created: 0, updated: 0 });
    expect(res.body.rejected.map((r: { line: number }) => r.line)).toEqual([2, 3, 4, 5]);
    expect(res.body.rejected[0].errors).toEqual([
      'AK_ID: 100201 belongs to a member of another chapter',
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/Triangle/);
    expect(await snapshot()).toEqual(before);
  });
});
