import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { makeTestApp, type TestContext } from '../factories/app';

let ctx: TestContext;
let dist: string;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  ctx = await makeTestApp({}, { demo: false });
  // A stand-in for client/dist: the page shell and one hashed asset.
  dist = mkdtempSync(join(tmpdir(), 'shopfloor-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Shopfloor</title>');
  writeFileSync(join(dist, 'assets/app-AbC123.js'), `export const x = '${'x'.repeat(4000)}';\n`);
  app = createApp({ db: ctx.db, config: { ...ctx.config, clientDist: dist } });
});
afterAll(async () => {
  await ctx.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the built client', () => {
  it('serves hashed assets compressed, cached for a year as immutable', async () => {
    const res = await request(app).get('/assets/app-AbC123.js').set('Accept-Encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('has the page shell checked again on every visit', async () => {
    const res = await request(app).get('/chapter/workplaces');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toContain('<title>Shopfloor</title>');
  });
});
