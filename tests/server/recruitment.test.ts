import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, TestContext } from '../factories/app';
import type { Who } from '../factories/recruitment';
import { months, recruitmentWorld } from '../factories/recruitment-world';

/** Recruitment figures against the fixture of recruitmentWorld, worked out by hand. */
let ctx: TestContext;
let agents: Record<Who, Agent>;
let A: number;
let C: number;
let pod: number;
const window = 'from=2025-01&to=2026-09';

beforeAll(async () => {
  ({ ctx, agents, A, C, pod } = await recruitmentWorld());
});
afterAll(() => ctx.close());

type Point = { month: string; joins: number; lapses: number; net: number; members: number };
const pick = (series: Point[]) =>
  series.map((p) => [p.month, p.joins, p.lapses, p.net, p.members] as const);
const expected = (joins: number[], lapses: number[], members: number[]) =>
  months('2025-01', 21).map((m, i) => [m, joins[i], lapses[i], joins[i]! - lapses[i]!, members[i]]);
const z = (n: number) => Array<number>(n).fill(0);
const get = (who: Who, query: string) => agents[who].get(`/api/stats/recruitment?${query}`);

describe('GET /api/stats/recruitment (exact figures)', () => {
  it('counts the nation month by month, months without joins included', async () => {
    const res = await get('admin', window);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ scope: 'nation', id: null, from: '2025-01', to: '2026-09' });
    expect(res.body.suppressionThreshold).toBeNull();
    expect(pick(res.body.series)).toEqual(
      expected(
        [4, 0, 2, 0, 0, 2, 0, 0, 8, 0, 0, 0, 0, 1, ...z(7)],
        [1, 0, 1, ...z(7), 1, 0, 0, 0, 0, 1, 1, ...z(4)],
        [6, 6, 7, 7, 7, 9, 9, 9, 17, 17, 16, 16, 16, 17, 17, 16, 15, 15, 15, 15, 15],
      ),
    );
  });

  it('breaks each month’s joins down by source, language, region and current industry', async () => {
    const { series } = (await get('admin', window)).body;
    const at = (m: string) => series.find((p: { month: string }) => p.month === m);
    const nonZero = (o: Record<string, number>) =>
      Object.fromEntries(Object.entries(o).filter(([, n]) => n !== 0));
    const jan = at('2025-01');
    expect(nonZero(jan.bySource)).toEqual({ workplace: 2, online: 2 });
    expect(jan.byLanguage).toEqual({ en: 3, es: 1 });
    expect(nonZero(jan.byRegion)).toEqual({ south: 3, midwest: 1 });
    expect(nonZero(jan.byIndustry)).toEqual({ '62': 1, '44-45': 1, unmapped: 2 });
    const mar = at('2025-03');
    expect(nonZero(mar.bySource)).toEqual({ campaign: 1, unknown: 1 });
    expect(nonZero(mar.byIndustry)).toEqual({ '44-45': 1, unmapped: 1 });
    expect(nonZero(at('2025-06').byRegion)).toEqual({ midwest: 1, south: 1 });
    expect(nonZero(at('2026-02').byIndustry)).toEqual({ unknown: 1 });
    const feb = at('2025-02');
    for (const k of ['bySource', 'byLanguage', 'byRegion', 'byIndustry'])
      expect(Object.values(feb[k]).every((n) => n === 0)).toBe(true);
    expect(Object.keys(jan.bySource)).toEqual([
      'workplace',
      'campaign',
      'event',
      'online',
      'other',
      'unknown',
    ]);
  });

  it('gives 12-month retention only for months 12 or more before `to`', async () => {
    const { retention } = (await get('admin', window)).body;
    expect(retention.map((c: { month: string }) => c.month)).toEqual(months('2025-01', 9));
    const row = (m: string) => retention.find((c: { month: string }) => c.month === m);
    expect(row('2025-01')).toEqual({
      month: '2025-01',
      checkedAt: '2026-01',
      joined: 4,
      retained: 3,
      rate: 0.75,
    });
    expect(row('2025-02')).toMatchObject({ joined: 0, retained: 0, rate: null });
    expect(row('2025-03')).toMatchObject({ joined: 2, retained: 1, rate: 0.5 });
    expect(row('2025-06')).toMatchObject({ joined: 2, retained: 2, rate: 1 });
    expect(row('2025-09')).toMatchObject({
      checkedAt: '2026-09',
      joined: 8,
      retained: 7,
      rate: 0.875,
    });
  });

  it('gives a chapter committee its own chapter exactly', async () => {
    const res = await get('chapter', `scope=chapter&id=${A}&${window}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ label: 'A', suppressionThreshold: null });
    expect(pick(res.body.series)).toEqual(
      expected(
        [3, 0, 2, ...z(10), 1, ...z(7)],
        [1, 0, 1, ...z(7), 1, ...z(4), 1, ...z(5)],
        [5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 5, 5, 5, 6, 6, 5, 5, 5, 5, 5, 5],
      ),
    );
  });

  it('counts a region, a state, an industry (newest current job) and a pod', async () => {
    const members = async (query: string) =>
      (await get('admin', `${query}&${window}`)).body.series.map((p: Point) => p.members);
    expect(await members('scope=region&id=midwest')).toEqual([
      1, 1, 1, 1, 1, 2, 2, 2, 10, 10, 10, 10, 10, 10, 10, 10, 9, 9, 9, 9, 9,
    ]);
    expect(await members('scope=state&id=tx')).toEqual([...z(5), ...Array(16).fill(1)]);
    expect(await members('scope=industry&id=44-45')).toEqual([
      1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1,
    ]);
    expect(await members('scope=industry&id=62')).toEqual(Array(21).fill(1));
    const res = await get('organizer', `scope=pod&id=${pod}&${window}`);
    expect(res.body.suppressionThreshold).toBeNull();
    expect(pick(res.body.series)).toEqual(
      expected(
        [2, ...z(12), 1, ...z(7)],
        [...z(10), 1, ...z(10)],
        [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2],
      ),
    );
  });

  it('defaults to the 24 months ending this month and refuses bad ranges', async () => {
    const res = await get('admin', '');
    const to = new Date().toISOString().slice(0, 7);
    expect(res.body.to).toBe(to);
    expect(res.body.series).toHaveLength(24);
    expect((await get('admin', 'from=2020-01&to=2026-01')).status).toBe(400);
    expect((await get('admin', 'from=2026-05&to=2026-01')).body.error.fields.from).toBeDefined();
    expect((await get('admin', 'scope=state&id=ZZ')).body.error.fields.id).toBeDefined();
    expect((await get('admin', 'scope=chapter')).status).toBe(400);
    expect((await get('admin', 'scope=chapter&id=999999')).status).toBe(404);
    expect((await get('admin', `scope=nation&id=${C}`)).status).toBe(400);
  });
});
