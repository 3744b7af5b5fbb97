import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from '../factories/app';
import { addMembers } from '../factories/members';
import { post, voteFingerprint, yesNoVote } from '../factories/votes';

let ctx: TestContext;
let national: Agent;
let writer: Agent;
let reader: Agent;
let spanish: Agent;
let other: Agent;
let triangle: number;
let voteId: number;
let version: number;

const state = (body: object) => post(national, `/api/votes/${voteId}/state`, { version, ...body });

beforeAll(async () => {
  ctx = await makeTestApp();
  national = await loginAs(ctx.app, 'national@demo.test');
  triangle = await chapterIdByName(ctx.db, 'Triangle');
  const made = await addMembers(ctx.db, [
    { chapterId: triangle },
    { chapterId: triangle },
    { chapterId: triangle, language: 'es', firstName: 'Lupe' },
    { chapterId: triangle },
  ]);
  const agents = await Promise.all(made.map((m) => loginAs(ctx.app, m.email)));
  [writer, reader, spanish, other] = agents as [Agent, Agent, Agent, Agent];
});
afterAll(() => ctx.close());

describe('calling a vote', () => {
  it('validates the kind of vote', async () => {
    const noCandidates = await post(national, '/api/votes', { ...yesNoVote, kind: 'leadership' });
    expect(noCandidates.body.error.fields.candidates).toMatch(/at least two/);
    const extra = await post(national, '/api/votes', { ...yesNoVote, candidates: [{ name: 'A' }] });
    expect(extra.body.error.fields.candidates).toMatch(/Only leadership/);
    const res = await post(national, '/api/votes', yesNoVote);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ state: 'draft', seats: null, candidates: [], rollSize: null });
    [voteId, version] = [res.body.id, res.body.version];
  });

  it('moves forward only, with dates to be scheduled', async () => {
    expect((await state({ state: 'open' })).status).toBe(409);
    const undated = await state({ state: 'scheduled' });
    expect(undated.body.error.fields.opensOn).toMatch(/Set the dates/);
    const res = await state({ state: 'scheduled', opensOn: '2026-12-08', closesOn: '2099-12-15' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'scheduled', opensOn: '2026-12-08' });
    expect((await state({ state: 'closed' })).status).toBe(409);
    version = res.body.version;
    expect((await state({ state: 'open', version: version - 1 })).body.error.code).toBe(
      'stale_version',
    );
  });

  it('will not open before two forums and the statements are sent', async () => {
    const before = await voteFingerprint(ctx.db);
    const res = await state({ state: 'open' });
    expect(res.status).toBe(409);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['forums', 'statements']);
    expect(await voteFingerprint(ctx.db)).toEqual(before);
    const forum = await post(national, `/api/votes/${voteId}/forums`, {
      startsAt: '2026-12-01T23:00:00Z',
      link: 'https://meet.example.org/one',
    });
    expect(forum.status).toBe(201);
    expect((await state({ state: 'open' })).body.error.fields.forums).toMatch(/1 so far/);
    await post(national, `/api/votes/${voteId}/forums`, {
      startsAt: '2026-12-05T17:00:00Z',
      link: 'https://meet.example.org/two',
    });
    expect(Object.keys((await state({ state: 'open' })).body.error.fields)).toEqual(['statements']);
  });
});

describe('statements', () => {
  let forId: number;
  it('lets members submit statements that others see only once approved', async () => {
    const res = await post(writer, `/api/votes/${voteId}/statements`, {
      side: 'for',
      text: { en: 'A member-run endorsement builds our power.' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'submitted', mine: true });
    forId = res.body.id;
    expect((await writer.get(`/api/votes/${voteId}/statements`)).body).toHaveLength(1);
    expect((await reader.get(`/api/votes/${voteId}/statements`)).body).toHaveLength(0);
  });

  it('lets national approve with a translation, and refuses to send without both sides', async () => {
    const approved = await post(national, `/api/votes/${voteId}/statements/${forId}/approval`, {
      approved: true,
      text: { es: 'Un respaldo decidido por la membresía fortalece nuestro poder.' },
      version: 0,
    });
    expect(approved.body).toMatchObject({
      status: 'approved',
      text: { es: expect.stringMatching(/membresía/) },
    });
    const early = await post(national, `/api/votes/${voteId}/statements/send`, { version });
    expect(early.status).toBe(409);
    expect(Object.keys(early.body.error.fields)).toEqual(['against']);
    const against = await post(reader, `/api/votes/${voteId}/statements`, {
      side: 'against',
      text: { en: 'The candidate has not earned our endorsement yet.' },
    });
    const rejected = await post(reader, `/api/votes/${voteId}/statements`, {
      side: 'against',
      text: { en: 'Spam' },
    });
    await post(national, `/api/votes/${voteId}/statements/${rejected.body.id}/approval`, {
      approved: false,
      version: 0,
    });
    await post(national, `/api/votes/${voteId}/statements/${against.body.id}/approval`, {
      approved: true,
      version: 0,
    });
    expect((await reader.get(`/api/votes/${voteId}/statements`)).body).toHaveLength(3);
    expect((await other.get(`/api/votes/${voteId}/statements`)).body).toHaveLength(2);
  });

  it('sends them to every member in good standing, once, in their language', async () => {
    const res = await post(national, `/api/votes/${voteId}/statements/send`, { version });
    expect(res.status).toBe(200);
    version = res.body.vote.version;
    const expected = await ctx.db('members').where('status', 'good_standing').whereNotNull('email');
    expect(res.body.queued).toBe(expected.length);
    const mail = await ctx.app.services.outbox.repo.list({ voteId });
    expect(mail).toHaveLength(expected.length);
    expect(mail.every((m) => m.status === 'queued')).toBe(true);
    // Written once per language, each member's copy greets them by name.
    expect(await ctx.db('outbox_messages').where('vote_id', voteId)).toHaveLength(2);
    const lupe = mail.find((m) => m.text.startsWith('Hola, Lupe:'))!;
    expect(lupe.language).toBe('es');
    expect(lupe.text).toContain('Un respaldo decidido por la membresía');
    expect(lupe.text).toContain('Declaración en contra (disponible solo en inglés)');
    expect(lupe.text).not.toContain('Spam');
    expect((await post(national, `/api/votes/${voteId}/statements/send`, { version })).status).toBe(
      409,
    );
    expect(
      (await post(writer, `/api/votes/${voteId}/statements`, { side: 'for', text: { en: 'Late' } }))
        .status,
    ).toBe(409);
  });
});

describe('the member page', () => {
  it("shows a scheduled vote in the member's language, falling back where a text has one", async () => {
    const res = await spanish.get('/api/me/votes');
    expect(res.status).toBe(200);
    const v = res.body.votes.find((x: { id: number }) => x.id === voteId);
    expect(v).toMatchObject({
      state: 'scheduled',
      title: yesNoVote.title.es,
      language: 'es',
      onRoll: null,
      voted: false,
    });
    expect(v.forums).toHaveLength(2);
    expect(v.statements).toEqual([
      expect.objectContaining({ side: 'for', language: 'es' }),
      expect.objectContaining({ side: 'against', language: 'en' }),
    ]);
  });

  it('follows the language the page is read in (lang), and refuses one it does not know', async () => {
    const res = await spanish.get('/api/me/votes?lang=en');
    expect(res.status).toBe(200);
    expect(res.body.language).toBe('en');
    const v = res.body.votes.find((x: { id: number }) => x.id === voteId);
    expect(v).toMatchObject({ title: yesNoVote.title.en, language: 'en' });
    const bad = await spanish.get('/api/me/votes?lang=fr');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('lang');
  });

  it('opens once ready', async () => {
    const res = await state({ state: 'open' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'open', openedAt: expect.any(String) });
  });
});
