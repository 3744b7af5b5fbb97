import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProblemCodes, type ImportResult } from '@shopfloor/shared';
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

/** Each rejected line with its English reasons, as clients that read no codes show them. */
const inEnglish = (rejected: ImportResult['rejected']) =>
  rejected.map(({ line, errors }) => ({ line, errors }));

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
    expect(inEnglish(res.body.rejected)).toEqual([
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
    expect(inEnglish(res.body.rejected)).toEqual([
      { line: 4, errors: ['AK_ID: 950001 is the same person as line 2'] },
      { line: 5, errors: ['Email: jan@example.org is the same person as line 3'] },
    ]);
    expect(res.body.committed).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});

describe('reasons as codes, for clients to word in their own language', () => {
  it('gives each reason a code, its field and column, the cell, and the English message', async () => {
    const res = await importCsv(messy);
    const problems = Object.fromEntries(
      (res.body as ImportResult).rejected.map((r) => [r.line, r.problems]),
    );
    expect(problems).toEqual({
      3: [
        {
          code: 'unknown_zip',
          field: 'zip',
          column: 'Mailing_Zip',
          params: { value: '00000' },
          message: 'Mailing_Zip: 00000 is not a US ZIP code',
        },
      ],
      4: [
        {
          code: 'not_a_date',
          field: 'joinedOn',
          column: 'Join_Date',
          params: { value: '13/45/2020' },
          message: 'Join_Date: 13/45/2020 is not a date (use YYYY-MM-DD or M/D/YYYY)',
        },
      ],
      5: [expect.objectContaining({ code: 'not_an_email', params: { value: 'not-an-email' } })],
      7: [
        {
          code: 'blank',
          field: 'firstName',
          column: 'first_name',
          params: {},
          message: 'first_name: is blank',
        },
      ],
      8: [
        {
          code: 'no_identity',
          field: 'akId',
          column: 'AK_ID',
          params: { emailColumn: 'Email' },
          message: 'AK_ID, Email: both are blank, so the line cannot be matched to a member',
        },
      ],
    });
  });

  it('has a code for every reason it gives, each message the same as in errors', async () => {
    const elsewhere = await ctx
      .db('members')
      .whereNot({ chapter_id: triangle })
      .whereNotNull('ak_id')
      .first();
    const ours = await ctx
      .db('members')
      .where({ chapter_id: triangle })
      .whereNotNull('ak_id')
      .whereNotNull('email')
      .first();
    const everyCell = [
      'ak_id,first_name,last_name,email,zip,joined_on,preferred_language,status,union_staff,recruitment_source',
      `970001,${'A'.repeat(81)},Long,a@example.org,ABCDE,2024-13-01,fr,retired,maybe,tv`,
      '970002,Bo,Li,not-an-email,00000,,,,,',
      '970003,,Ng,c@example.org,27701,,,,,',
      ',Di,Ow,,27701,,,,,',
      '970001,Ed,Fox,e@example.org,27701,,,,,',
      `${elsewhere.ak_id},Flo,Gee,f@example.org,27701,,,,,`,
      `${ours.ak_id},${ours.first_name},${ours.last_name},,,,,,,`,
      `,${ours.first_name},${ours.last_name},${ours.email},,,,,,`,
      '970004,Jo,Kim,j@example.org,27701,,es,lapsed,Sí,event',
    ].join('\n');
    const noFirstName = 'ak_id,last_name\n970010,Ivy\n';
    const results = [await importCsv(everyCell), await importCsv(noFirstName)];
    const rejected = results.flatMap((r) => (r.body as ImportResult).rejected);
    for (const r of rejected) expect(r.errors).toEqual(r.problems!.map((p) => p.message));

    const codes = rejected.flatMap((r) => r.problems!.map((p) => `${r.line} ${p.code}`));
    expect(codes).toEqual([
      '2 too_long',
      '2 not_a_zip',
      '2 not_a_date',
      '2 not_a_language',
      '2 not_a_status',
      '2 not_yes_no',
      '2 not_a_source',
      '3 not_an_email',
      '3 unknown_zip',
      '4 blank',
      '5 no_identity',
      '6 same_person',
      '7 other_chapter',
      '9 same_member',
      '2 not_mapped',
    ]);
    expect(new Set(codes.map((c) => c.split(' ')[1]))).toEqual(new Set(importProblemCodes));

    const byCode = new Map(rejected.flatMap((r) => r.problems!).map((p) => [p.code, p]));
    expect(byCode.get('too_long')).toMatchObject({
      field: 'firstName',
      params: { value: `${'A'.repeat(40)}…`, max: 80 },
    });
    expect(byCode.get('not_a_source')!.params).toEqual({
      value: 'tv',
      allowed: 'workplace, campaign, event, online, other',
    });
    expect(byCode.get('same_person')).toMatchObject({
      field: 'akId',
      params: { value: '970001', line: 2 },
    });
    expect(byCode.get('other_chapter')!.params).toEqual({ value: elsewhere.ak_id });
    expect(byCode.get('same_member')).toMatchObject({
      field: 'email',
      column: 'email',
      params: { value: ours.email, line: 8 },
    });
    expect(byCode.get('not_mapped')).toEqual({
      code: 'not_mapped',
      field: 'firstName',
      column: 'first_name',
      params: {},
      message: 'first_name: no column of the file is mapped to firstName',
    });
    // Spanish "sí" is a yes, like the English words.
    expect(rejected.map((r) => r.line)).not.toContain(10);
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
