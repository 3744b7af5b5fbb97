import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from '../factories/app';

let ctx: TestContext;
let triangle: number;
let agent: Agent;

beforeAll(async () => {
  ctx = await makeTestApp();
  triangle = await chapterIdByName(ctx.db, 'Triangle');
  agent = await loginAs(ctx.app, 'chapter@demo.test');
});
afterAll(() => ctx.close());

const template =
  'ak_id,first_name,last_name,email,phone,zip,preferred_language,joined_on,lapsed_on,status,' +
  'recruitment_source,recruited_by,union_member,union_name,union_local,union_staff';
const today = () => new Date().toISOString().slice(0, 10);
const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');

async function snapshot() {
  const members = await ctx.db('members').count({ n: '*' }).sum({ v: 'version' }).first();
  const audit = await ctx.db('audit_log').count({ n: '*' }).first();
  return { members: Number(members!.n), versions: Number(members!.v), audit: Number(audit!.n) };
}

const reimport = (csv: string) =>
  agent
    .post(`/api/chapters/${triangle}/import/members?dryRun=false`)
    .set('X-CSRF-Token', agent.csrf)
    .set('Content-Type', 'text/csv')
    .send(csv);

describe('roster export', () => {
  it("sends the chapter's roster as a CSV attachment in the template's columns, and audits it", async () => {
    const res = await agent.get(`/api/chapters/${triangle}/export/members.csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="triangle-members-${today()}.csv"`,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const rows = lines(res.text);
    expect(rows[0]).toBe(`${template},employer,site,job_title`);
    expect(rows).toHaveLength(1 + 48);
    const keisha = rows.find((r) => r.startsWith('100201,'));
    expect(keisha).toMatch(/^100201,Keisha,Bell,keisha\.bell\.100201@example\.org,/);
    expect(keisha).toMatch(
      /,Duke University Health System,Duke University Hospital,Certified Nursing Assistant$/,
    );
    const audit = await ctx.db('audit_log').where({ entity: 'export', action: 'members.csv' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ chapter_id: triangle, actor_role: 'chapter' });
    expect(JSON.parse(audit[0].after_json)).toEqual({ rows: 48 });
  });

  it('re-imports into the same chapter with nothing to change', async () => {
    const csv = (await agent.get(`/api/chapters/${triangle}/export/members.csv`)).text;
    const before = await snapshot();
    const res = await reimport(csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      committed: true,
      created: 0,
      updated: 0,
      unchanged: 48,
      rejected: [],
    });
    expect(res.body.columns.slice(-3)).toEqual([
      { header: 'employer', field: null },
      { header: 'site', field: null },
      { header: 'job_title', field: null },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('defuses cells a spreadsheet would run as formulas, and still re-imports them unchanged', async () => {
    const hyperlink = '=HYPERLINK("http://evil.example","click")';
    await ctx.db('members').where({ ak_id: '100202' }).update({
      union_name: hyperlink,
      recruited_by: '@SUM(1+1)',
      phone: '+1 919 555 0100',
      union_local: '-5',
    });
    const csv = (await agent.get(`/api/chapters/${triangle}/export/members.csv`)).text;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    const row = lines(csv).find((r) => r.startsWith('100202,'))!;
    expect(row).toContain(",'+1 919 555 0100,");
    expect(row).toContain(",'@SUM(1+1),");
    expect(row).toContain(",'-5,");
    expect(row).not.toMatch(/,[=+\-@]/);
    const before = await snapshot();
    expect((await reimport(csv)).body).toMatchObject({ created: 0, updated: 0, unchanged: 48 });
    expect(await snapshot()).toEqual(before);
    expect((await ctx.db('members').where({ ak_id: '100202' }).first()).union_name).toBe(hyperlink);
  });
});

describe('workplace export and the template', () => {
  it("sends the chapter's workplaces as a CSV attachment, and audits it", async () => {
    const res = await agent.get(`/api/chapters/${triangle}/export/workplaces.csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="triangle-workplaces-${today()}.csv"`,
    );
    const rows = lines(res.text);
    expect(rows[0]).toBe(
      'employer,site_name,address,city,state,zip,industry,size,union_status,union_name,confirmed,members',
    );
    expect(rows).toHaveLength(1 + 7);
    expect(rows.find((r) => r.startsWith('Starbucks,'))).toMatch(
      /^Starbucks,Ninth Street,742 9th St,Durham,NC,27705,72,10-49,union,Workers United,yes,\d+$/,
    );
    const audit = await ctx
      .db('audit_log')
      .where({ entity: 'export', action: 'workplaces.csv' })
      .first();
    expect(audit).toMatchObject({ chapter_id: triangle, actor_role: 'chapter' });
    expect(JSON.parse(audit.after_json)).toEqual({ rows: 7 });
  });

  it('serves a template whose example row imports cleanly', async () => {
    const res = await agent.get('/api/import/template.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="shopfloor-roster-template.csv"',
    );
    const rows = lines(res.text);
    expect(rows[0]).toBe(template);
    expect(rows).toHaveLength(2);
    const dry = await agent
      .post(`/api/chapters/${triangle}/import/members`)
      .set('X-CSRF-Token', agent.csrf)
      .set('Content-Type', 'text/csv')
      .send(res.text);
    expect(dry.body).toMatchObject({ dryRun: true, created: 1, rejected: [] });
    expect(dry.body.columns.every((c: { field: string | null }) => c.field)).toBe(true);
  });

  it('serves the template in Spanish, whose headers and example the importer reads too', async () => {
    const res = await agent.get('/api/import/template.csv?lang=es');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="shopfloor-plantilla-de-miembros.csv"',
    );
    const rows = lines(res.text);
    expect(rows[0]).toMatch(/^ak_id,nombre,apellido,correo,telefono,codigo_postal,idioma,/);
    expect(rows[1]).toContain(',sí,');
    const dry = await agent
      .post(`/api/chapters/${triangle}/import/members`)
      .set('X-CSRF-Token', agent.csrf)
      .set('Content-Type', 'text/csv')
      .send(res.text);
    expect(dry.body).toMatchObject({ dryRun: true, created: 1, rejected: [] });
    expect(dry.body.columns.map((c: { field: string | null }) => c.field)).toEqual(
      (
        await agent
          .post(`/api/chapters/${triangle}/import/members`)
          .set('X-CSRF-Token', agent.csrf)
          .set('Content-Type', 'text/csv')
          .send((await agent.get('/api/import/template.csv')).text)
      ).body.columns.map((c: { field: string | null }) => c.field),
    );
    // Accented headers as a spreadsheet may write them are read the same way.
    const accented = res.text
      .replace('telefono', 'Teléfono')
      .replace('codigo_postal', 'Código postal');
    const again = await agent
      .post(`/api/chapters/${triangle}/import/members`)
      .set('X-CSRF-Token', agent.csrf)
      .set('Content-Type', 'text/csv')
      .send(accented);
    expect(again.body).toMatchObject({ dryRun: true, created: 1, rejected: [] });
    expect((await agent.get('/api/import/template.csv?lang=fr')).status).toBe(400);
  });
});
