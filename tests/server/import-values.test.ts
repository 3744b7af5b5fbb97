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

function importCsv(csv: string, query = '') {
  return agent
    .post(`/api/chapters/${triangle}/import/members${query}`)
    .set('X-CSRF-Token', agent.csrf)
    .set('Content-Type', 'text/csv')
    .send(csv);
}

const memberByAkId = (akId: string) => ctx.db('members').where({ ak_id: akId }).first();

describe('values and columns', () => {
  it('reads the template in any column order and case, normalizing each value', async () => {
    const csv = [
      'Last Name,FIRST_NAME,e-mail,AK ID,Zip,Joined On,Lapsed_On,Status,Preferred Language,Union Member,Union_Staff,Recruitment_Source,Phone',
      'Ruiz,Ana,Ana.Ruiz@Example.ORG,910001,27701-1234,3/5/2024,,Good Standing,Español,Y,0,Workplace,+1 919 555 0101',
      'Li,Bo,bo.li@example.org,910002,2134,12/31/99,1/2/03,expired,english,no,TRUE,,',
    ].join('\n');
    const res = await importCsv(csv, '?dryRun=false');
    expect(res.body).toMatchObject({ committed: true, created: 2, rejected: [] });
    const ana = await memberByAkId('910001');
    expect(ana).toMatchObject({
      first_name: 'Ana',
      last_name: 'Ruiz',
      email: 'ana.ruiz@example.org',
      zip: '27701',
    });
    expect(ana).toMatchObject({
      joined_on: '2024-03-05',
      preferred_language: 'es',
      recruitment_source: 'workplace',
      phone: '+1 919 555 0101',
    });
    expect([Boolean(ana.union_member), Boolean(ana.union_staff)]).toEqual([true, false]);
    const bo = await memberByAkId('910002');
    expect(bo).toMatchObject({
      zip: '02134',
      joined_on: '1999-12-31',
      lapsed_on: '2003-01-02',
      status: 'expired',
      preferred_language: 'en',
    });
    expect(Boolean(bo.union_staff)).toBe(true);
  });

  it('follows a mapping given with the request over what it detects', async () => {
    const csv = 'Given Name,Surname,Contact,zip\nRosa,Parks,rosa.parks@example.org,27701\n';
    const mapping = JSON.stringify({
      'Given Name': 'firstName',
      Surname: 'lastName',
      Contact: 'email',
      zip: 'ignore',
    });
    const res = await importCsv(csv, `?mapping=${encodeURIComponent(mapping)}`);
    expect(res.body.columns).toEqual([
      { header: 'Given Name', field: 'firstName' },
      { header: 'Surname', field: 'lastName' },
      { header: 'Contact', field: 'email' },
      { header: 'zip', field: null },
    ]);
    expect(res.body).toMatchObject({ created: 1, rejected: [] });
    const bad = await importCsv(csv, `?mapping=${encodeURIComponent('{"Surname":"shoeSize"}')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('mapping');
    const absent = await importCsv(
      csv,
      `?mapping=${encodeURIComponent('{"Nickname":"firstName"}')}`,
    );
    expect(absent.status).toBe(400);
    expect(absent.body.error.fields.mapping).toMatch(/Nickname/);
  });

  it('reads a byte-order mark and CRLF line ends', async () => {
    const csv =
      '\uFEFFak_id,first_name,last_name,email\r\n920001,Jo,March,jo.march@example.org\r\n920002,Meg,March,meg@example.org\r\n';
    const res = await importCsv(csv, '?dryRun=false');
    expect(res.body.columns[0]).toEqual({ header: 'ak_id', field: 'akId' });
    expect(res.body).toMatchObject({ created: 2, rejected: [] });
    expect(await memberByAkId('920002')).toMatchObject({
      first_name: 'Meg',
      email: 'meg@example.org',
    });
  });

  it('reads quoted commas and quoted line breaks, and counts lines as the file does', async () => {
    const csv = [
      'ak_id,first_name,last_name,notes,union_name,zip',
      '930001,Ana,"Ruiz, Jr.","two\r\nlines","Workers United, SEIU",27701',
      '930002,Bo,Li,"three',
      'whole',
      'lines",,99999',
      '',
      '930003,Cy,Ng,,,27701',
      '930004,Di,"Ow",,,00000',
    ].join('\r\n');
    const res = await importCsv(csv);
    expect(res.body).toMatchObject({ created: 2 });
    expect(res.body.rejected).toMatchObject([
      { line: 4, errors: ['zip: 99999 is not a US ZIP code'] },
      { line: 9, errors: ['zip: 00000 is not a US ZIP code'] },
    ]);
    await importCsv(csv, '?dryRun=false&skipRejected=true');
    expect(await memberByAkId('930001')).toMatchObject({
      last_name: 'Ruiz, Jr.',
      union_name: 'Workers United, SEIU',
    });
  });

  it('leaves a value alone where the cell is blank, and takes no lapse date from a member in good standing', async () => {
    const header = 'AK_ID,first_name,last_name,Email,Mobile_Phone,Xdate,membership_status';
    const first = `${header}\n935001,Lu,Xin,lu.xin@example.org,919-555-0199,2024-05-01,lapsed\n`;
    expect((await importCsv(first, '?dryRun=false')).body).toMatchObject({ created: 1 });
    expect(await memberByAkId('935001')).toMatchObject({
      status: 'lapsed',
      lapsed_on: '2024-05-01',
    });
    const renewed = `${header}\n935001,Lu,Xin,,,2027-05-01,member in good standing\n`;
    expect((await importCsv(renewed, '?dryRun=false')).body).toMatchObject({ updated: 1 });
    const lu = await memberByAkId('935001');
    expect(lu).toMatchObject({ email: 'lu.xin@example.org', phone: '919-555-0199' });
    expect(lu).toMatchObject({ status: 'good_standing', lapsed_on: null, version: 1 });
    const audit = await ctx
      .db('audit_log')
      .where({ action: 'import_update', entity_id: String(lu.id) });
    expect(JSON.parse(audit[0].after_json)).toEqual({ status: 'good_standing', lapsedOn: null });
    expect(JSON.parse(audit[0].before_json)).toEqual({ status: 'lapsed', lapsedOn: '2024-05-01' });
  });

  it('rejects values out of range, each naming its column', async () => {
    const csv = [
      'ak_id,first_name,last_name,preferred_language,status,union_staff,recruitment_source',
      `936001,${'A'.repeat(81)},Long,fr,retired,maybe,tv`,
      '936002,Ok,Fine,es,lapsed,no,event',
    ].join('\n');
    const res = await importCsv(csv);
    expect(res.body).toMatchObject({ created: 1 });
    expect(res.body.rejected).toMatchObject([
      {
        line: 2,
        errors: [
          `first_name: ${'A'.repeat(40)}… is longer than 80 characters`,
          'preferred_language: fr is not a language Shopfloor speaks (en or es)',
          'status: retired is not a membership status (member in good standing, lapsed or expired)',
          'union_staff: maybe is not yes or no',
          'recruitment_source: tv is not a recruitment source (workplace, campaign, event, online, other)',
        ],
      },
    ]);
  });
});
