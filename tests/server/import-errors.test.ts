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

function importCsv(csv: string | Buffer, query = '', contentType = 'text/csv') {
  return agent
    .post(`/api/chapters/${triangle}/import/members${query}`)
    .set('X-CSRF-Token', agent.csrf)
    .set('Content-Type', contentType)
    .send(csv);
}

async function snapshot() {
  const members = await ctx.db('members').count({ n: '*' }).sum({ v: 'version' }).first();
  const audit = await ctx.db('audit_log').count({ n: '*' }).first();
  return { members: Number(members!.n), versions: Number(members!.v), audit: Number(audit!.n) };
}

const header = 'AK_ID,first_name,last_name,Email,Mailing_Zip,Join_Date';
const messy = [
  header,
  '940001,Ann,Lee,ann.lee@example.org,27701,2024-01-02',
  '940002,Ben,Ford,ben.ford@example.org,00000,2024-01-02',
  '940003,Cal,Diaz,cal.diaz@example.org,27701,13/45/2020',
  '940004,Dee,Khan,not-an-email,27701,2024-01-02',
  '940005,Eve,Moss,eve.moss@example.org,27705-4411,1/2/2024',
  '940006,,Park,fay.park@example.org,27701,',
  ',Gus,Hall,,27701,',
].join('\n');

describe('lines with errors', () => {
  it('rejects each bad line with its line number and the column at fault', async () => {
    const before = await snapshot();
    const res = await importCsv(messy);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, committed: false, created: 2, updated: 0 });
    expect(res.body.rejected).toEqual([
      { line: 3, errors: ['Mailing_Zip: 00000 is not a US ZIP code'] },
      { line: 4, errors: ['Join_Date: 13/45/2020 is not a date (use YYYY-MM-DD or M/D/YYYY)'] },
      { line: 5, errors: ['Email: not-an-email is not an email address'] },
      { line: 7, errors: ['first_name: is blank'] },
      {
        line: 8,
        errors: ['AK_ID, Email: both are blank, so the line cannot be matched to a member'],
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('commits nothing while any line is rejected, unless asked to skip them', async () => {
    const before = await snapshot();
    const all = await importCsv(messy, '?dryRun=false');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ dryRun: false, committed: false, created: 0, updated: 0 });
    expect(all.body.rejected).toHaveLength(5);
    expect(await snapshot()).toEqual(before);

    const some = await importCsv(messy, '?dryRun=false&skipRejected=true');
    expect(some.body).toMatchObject({ committed: true, created: 2, updated: 0 });
    expect(some.body.rejected).toHaveLength(5);
    const after = await snapshot();
    expect(after.members).toBe(before.members + 2);
    expect(after.audit).toBe(before.audit + 3);
    const akIds = await ctx
      .db('members')
      .whereIn('ak_id', ['940001', '940002', '940003', '940004', '940005'])
      .pluck('ak_id');
    expect(akIds.sort()).toEqual(['940001', '940005']);
    const summary = await ctx
      .db('audit_log')
      .where({ entity: 'import' })
      .orderBy('id', 'desc')
      .first();
    expect(JSON.parse(summary.after_json)).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      skipped: 5,
    });
  });

  it('rejects the same person twice in one file, naming the earlier line', async () => {
    const csv = [
      header,
      '950001,Ida,Wells,ida@example.org,27701,',
      '950002,Jan,Rye,jan@example.org,27701,',
      '950001,Ida,B. Wells,ida.b@example.org,27701,',
      ',Jan,Rye,JAN@example.org,27701,',
    ].join('\n');
    const before = await snapshot();
    const res = await importCsv(csv, '?dryRun=false');
    expect(res.body.rejected).toEqual([
      { line: 4, errors: ['AK_ID: 950001 is the same person as line 2'] },
      { line: 5, errors: ['Email: jan@example.org is the same person as line 3'] },
    ]);
    expect(res.body.committed).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});

describe('files that are not a roster', () => {
  const refused: [string, string | Buffer, RegExp][] = [
    ['an empty file', '', /empty/],
    ['only whitespace', ' \r\n\t\n  ', /empty/],
    [
      'binary data',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x01]),
      /binary/,
    ],
    ['JSON', JSON.stringify([{ first_name: 'Ann', last_name: 'Lee' }]), /JSON/],
    ['an HTML page', '<!DOCTYPE html><html><body>Sign in</body></html>', /HTML/],
    ['one column without a known header', 'hello world\nhow are you\n', /does not look like a CSV/],
    [
      'unknown columns only',
      'Color,Shoe Size,Pet\nred,9,cat\n',
      /Found: Color, Shoe Size, Pet.*ak_id, first_name/,
    ],
    ['an unterminated quote', 'ak_id,first_name,last_name\n1,"Ann,Lee\n', /not valid CSV/],
  ];
  for (const [what, body, message] of refused) {
    it(`refuses ${what} with 400 and writes nothing`, async () => {
      const before = await snapshot();
      const res = await importCsv(body, '?dryRun=false&skipRejected=true');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation');
      expect(res.body.error.fields.file).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });
  }

  it('refuses a JSON request body', async () => {
    const res = await importCsv(
      JSON.stringify({ first_name: 'Ann' }),
      '?dryRun=false',
      'application/json',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields.file).toMatch(/text\/csv/);
  });

  it('refuses more than 200,000 data lines', async () => {
    const before = await snapshot();
    const lines = Array.from({ length: 200_001 }, (_, i) => `${i},A,B`);
    const res = await importCsv(
      `ak_id,first_name,last_name\n${lines.join('\n')}\n`,
      '?dryRun=false&skipRejected=true',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields.file).toMatch(/200,000/);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 413 to a body over 40 MB', async () => {
    const before = await snapshot();
    const line = '960001,Ann,Lee,ann.lee@example.org,27701,2024-01-02\n';
    const big = header + '\n' + line.repeat(Math.ceil((41 * 1024 * 1024) / line.length));
    const res = await importCsv(big, '?dryRun=false&skipRejected=true');
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(await snapshot()).toEqual(before);
  });
});
