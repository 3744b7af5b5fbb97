import { expect, it } from 'vitest';
import type { Agent, TestContext } from './app';
import { fingerprint } from './fingerprint';

/** The roles of the matrices: chapter2 is another chapter's committee. */
export type Who = 'anon' | 'admin' | 'national' | 'chapter' | 'chapter2' | 'organizer' | 'member';
export const everyone: Who[] = [
  'anon',
  'admin',
  'national',
  'chapter',
  'chapter2',
  'organizer',
  'member',
];

export interface Case {
  name: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  target(): Promise<{ path: string; body?: object }> | { path: string; body?: object };
  expect: Record<Who, number>;
}

/** One test per role and case: the status; a refusal changes nothing, a write is audited. */
export function roleMatrix(
  world: () => { ctx: TestContext; agents: Record<Who, Agent> },
  cases: Case[],
): void {
  for (const c of cases) {
    for (const who of everyone) {
      it(`${c.name} as ${who} → ${c.expect[who]}`, async () => {
        const { ctx, agents } = world();
        const { path, body } = await c.target();
        const agent = agents[who];
        const before = await fingerprint(ctx.db);
        let req = agent[c.method](path);
        if (c.method !== 'get') req = req.set('X-CSRF-Token', agent.csrf);
        const res = body ? await req.send(body) : await req;
        expect(res.status, JSON.stringify(res.body)).toBe(c.expect[who]);
        if (res.status >= 400) {
          expect(res.body.error.code).toBeTypeOf('string');
          expect(await fingerprint(ctx.db)).toEqual(before);
        }
        if (c.method !== 'get' && res.status < 300)
          expect((await fingerprint(ctx.db)).audit_log).not.toEqual(before.audit_log);
      });
    }
  }
}
