import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapterIdByName, loginAs, makeTestApp, type TestContext } from '../factories/app';
import { addMembers } from '../factories/members';
import { prepareVote } from '../factories/votes';

/** The outbox delivered by nodemailer to a real SMTP server listening on a random local port. */
interface Received {
  to: string[];
  raw: string;
}
let smtp: SMTPServer;
let ctx: TestContext;
const inbox: Received[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  ctx = await makeTestApp({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: 'DSLC <votes@dslc.test>',
  });
});
afterAll(async () => {
  await ctx.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** The text part of a received message, undoing quoted-printable soft breaks and escapes. */
function body(raw: string): string {
  const text = raw
    .split(/\r?\n\r?\n/)
    .slice(1)
    .join('\n\n');
  return Buffer.from(
    text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => `%${h}`),
    'latin1',
  )
    .toString('latin1')
    .replace(/(%[0-9A-F]{2})+/g, (s) => decodeURIComponent(s));
}

describe('the statements mailing', () => {
  it('goes through SMTP to every member in good standing, each in their own language', async () => {
    const triangle = await chapterIdByName(ctx.db, 'Triangle');
    await addMembers(ctx.db, [
      { chapterId: triangle, firstName: 'Yesenia', language: 'es' },
      { chapterId: triangle, firstName: 'Dana', language: 'en' },
    ]);
    const national = await loginAs(ctx.app, 'national@demo.test');
    const vote = await prepareVote(national, undefined, 'scheduled');
    const report = await ctx.app.services.outbox.deliver();
    expect(report.failed).toBe(0);

    const rows = await ctx.app.services.outbox.repo.list({ voteId: vote.id });
    const recipients = await ctx
      .db('members')
      .where('status', 'good_standing')
      .whereNotNull('email');
    expect(rows).toHaveLength(recipients.length);
    expect(rows.every((r) => r.status === 'sent' && r.sentAt)).toBe(true);
    expect(inbox).toHaveLength(recipients.length);
    expect(new Set(inbox.flatMap((m) => m.to))).toEqual(new Set(recipients.map((r) => r.email)));

    const find = (name: string) => inbox.find((m) => body(m.raw).includes(name))!;
    const es = find('Hola, Yesenia:');
    expect(es.raw).toMatch(/Content-Language: es/);
    expect(es.raw).toMatch(/^Subject: .*Votaci/m);
    expect(body(es.raw)).toContain('Declaración a favor');
    expect(body(es.raw)).toContain('¿Debe DSA respaldar a Ana Ruiz?');
    expect(body(es.raw)).toContain('un miembro, un voto');
    const en = find('Hi Dana,');
    expect(en.raw).toMatch(/Content-Language: en/);
    expect(body(en.raw)).toContain('Statement in favor:');
    expect(body(en.raw)).toContain('Should DSA endorse Ana Ruiz?');
    expect(body(en.raw)).toContain('https://meet.example.org/forum');
  });

  it('keeps failures on record and sends nothing twice', async () => {
    expect(await ctx.app.services.outbox.deliver()).toEqual({ sent: 0, failed: 0 });
    const before = inbox.length;
    const message = { kind: 'test', language: 'en' as const, subject: 'x', text: 'x' };
    await ctx.db.transaction((trx) =>
      ctx.app.services.outbox.repo.enqueue(trx, message, [{ to: 'not an address', name: 'x' }]),
    );
    expect(await ctx.app.services.outbox.deliver()).toEqual({ sent: 0, failed: 1 });
    const [failed] = await ctx.app.services.outbox.repo.list({ kind: 'test' });
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed!.lastError).toBeTruthy();
    expect(inbox).toHaveLength(before);
  });
});
