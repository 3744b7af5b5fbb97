import type { Router } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '@shopfloor/shared';
import { routeTable } from '../../server/src/routes';
import { anonymous, loginAs, makeTestApp, type Agent, type TestContext } from '../factories/app';
import { fingerprint } from '../factories/fingerprint';
import { permissionMatrix } from './permission-matrix';

let ctx: TestContext;
let agents: Record<Role | 'anon', Agent>;

beforeAll(async () => {
  ctx = await makeTestApp();
  agents = { anon: await anonymous(ctx.app) } as typeof agents;
  for (const r of roles) agents[r] = await loginAs(ctx.app, `${r}@demo.test`);
});
afterAll(() => ctx.close());

const key = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

/** Every method and path Express itself has registered, walking nested routers. */
function registered(stack: Router['stack']): string[] {
  return stack.flatMap((layer) => {
    const route = (layer as { route?: { path: string; methods: Record<string, boolean> } }).route;
    if (route) return Object.keys(route.methods).map((m) => key(m, route.path));
    const inner = (layer.handle as { stack?: Router['stack'] }).stack;
    return inner ? registered(inner) : [];
  });
}

describe('the permission matrix', () => {
  it('names every route of the route table, with the roles the route admits', () => {
    const missing = routeTable
      .filter((r) => !(key(r.method, r.path) in permissionMatrix))
      .map((r) => key(r.method, r.path));
    expect(missing, 'routes without an entry in tests/server/permission-matrix.ts').toEqual([]);
    for (const r of routeTable)
      expect(permissionMatrix[key(r.method, r.path)], key(r.method, r.path)).toEqual(r.access);
    const stale = Object.keys(permissionMatrix).filter(
      (k) => !routeTable.some((r) => key(r.method, r.path) === k),
    );
    expect(stale, 'matrix entries for routes that no longer exist').toEqual([]);
  });

  it('is the whole API: Express has no /api route outside the route table', () => {
    const app = ctx.app as unknown as { router: Router };
    const api = registered(app.router.stack).filter(
      (k) => k.includes(' /api/') && !k.endsWith(' /{*path}'),
    );
    expect(new Set(api)).toEqual(new Set(routeTable.map((r) => key(r.method, r.path))));
  });

  for (const r of routeTable) {
    const access = permissionMatrix[key(r.method, r.path)];
    if (access === 'public') continue;
    const refused = (['anon', ...roles] as const).filter(
      (who) => who === 'anon' || (access !== 'any' && !access!.includes(who)),
    );
    if (!refused.length) continue;
    it(`${key(r.method, r.path)} refuses ${refused.join(', ')}`, async () => {
      const path = r.path.replace(/:\w+/g, '1');
      for (const who of refused) {
        const agent = agents[who];
        const before = await fingerprint(ctx.db);
        let req = agent[r.method](path);
        if (r.method !== 'get') req = req.set('X-CSRF-Token', agent.csrf);
        const res = await req.send({});
        expect(res.status, `${who} ${r.method} ${path}`).toBe(who === 'anon' ? 401 : 403);
        expect(await fingerprint(ctx.db)).toEqual(before);
      }
    });
  }
});
