import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, TestContext } from '../factories/app';
import type { Who } from '../factories/recruitment';
import { recruitmentWorld } from '../factories/recruitment-world';

/** What national staff see of the recruitment fixture: small counts suppressed everywhere. */
let ctx: TestContext;
let agents: Record<Who, Agent>;
let A: number;
let pod: number;
const window = 'from=2025-01&to=2026-09';

beforeAll(async () => {
  ({ ctx, agents, A, pod } = await recruitmentWorld());
});
afterAll(() => ctx.close());

const get = (who: Who, query: string) => agents[who].get(`/api/stats/recruitment?${query}`);

describe('GET /api/stats/recruitment (suppressed for national staff)', () => {
  it('shows counts of 1 to 4 as "<5" and hides a complement beside each month’s joins', async () => {
    const res = await get('national', window);
    expect(res.body.suppressionThreshold).toBe(5);
    const at = (m: string) => res.body.series.find((p: { month: string }) => p.month === m);
    expect(at('2025-01')).toMatchObject({ joins: '<5', lapses: '<5', net: null, members: 6 });
    expect(at('2025-02')).toMatchObject({ joins: 0, lapses: 0, net: 0, members: 6 });
    const sep = at('2025-09');
    expect(sep).toMatchObject({ joins: 8, lapses: 0, net: 8, members: 17 });
    expect(sep.bySource).toMatchObject({ workplace: '<5', online: 'suppressed', event: 0 });
    expect(sep.byLanguage).toEqual({ en: 'suppressed', es: '<5' });
    expect(sep.byRegion).toEqual({ northeast: 0, midwest: 8, south: 0, west: 0 });
    expect(sep.byIndustry.unmapped).toBe(8);
    const retention = (m: string) =>
      res.body.retention.find((c: { month: string }) => c.month === m);
    expect(retention('2025-01')).toMatchObject({ joined: '<5', retained: '<5', rate: null });
    // 7 of 8 retained: the one who lapsed would show by subtraction.
    expect(retention('2025-09')).toMatchObject({ joined: 8, retained: 'suppressed', rate: null });
  });

  it('never sends national staff a count from 1 to 4, at any scope', async () => {
    for (const q of ['', `scope=chapter&id=${A}`, `scope=pod&id=${pod}`, 'scope=industry&id=62']) {
      const res = await get('national', `${q}&${window}`);
      expect(res.status).toBe(200);
      const leaks: string[] = [];
      const walk = (v: unknown, path: string) => {
        if (typeof v === 'number' && v >= 1 && v <= 4) leaks.push(`${path}=${v}`);
        else if (v && typeof v === 'object')
          for (const [k, x] of Object.entries(v))
            if (!['rate', 'net', 'goals', 'suppressionThreshold'].includes(k))
              walk(x, `${path}.${k}`);
      };
      walk(res.body, q);
      expect(leaks).toEqual([]);
    }
  });
});
