import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createDb, migrateLatest } from '@shopfloor/db';
import { seedNational } from '@shopfloor/db/seeds/national/generate';
import { recruitmentQuery } from '@shopfloor/shared';
import { loadConfig } from '../server/src/config';
import { createServices } from '../server/src/services';
import type { Actor } from '../server/src/auth/policy';
import { login, waitForHealth } from './http';
import { cold, direct, load, type Result } from './measure';
import { bumpDataVersion } from '../server/src/audit/audit.repository';
import { timeToClusters } from './browser';
import { benchBallots } from './ballots';
import { benchImport } from './import';

/**
 * npm run bench: the national dataset (seeded once, then reused), the server in its own process,
 * every key endpoint under 20 concurrent connections, and beside each the same work run straight
 * through the services and Knex in this process.
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 18181);
const password = process.env.DEMO_PASSWORD || 'shopfloor-demo';
const databaseUrl = process.env.DATABASE_URL || undefined;
const sqliteFile = process.env.BENCH_SQLITE_FILE || 'data/national.sqlite';
const base = `http://127.0.0.1:${PORT}`;

const db = createDb({ databaseUrl, sqliteFile });
await migrateLatest(db);
const chapters = Number((await db('chapters').count({ n: '*' }).first())?.n ?? 0);
if (chapters === 0) {
  console.log('Seeding the national dataset (first run)…');
  await seedNational(db, { log: (l) => console.log(`  ${l}`) });
} else console.log(`Reusing the national dataset (${chapters} chapters).`);

const env = {
  ...process.env,
  PORT: String(PORT),
  SQLITE_FILE: sqliteFile,
  SEED_DEMO: '0',
  CLIENT_DIST: resolve('client/dist'),
  // The bench logs in as national staff with the password alone.
  REQUIRE_2FA: '0',
};
if (
  await fetch(`${base}/api/health`).then(
    () => true,
    () => false,
  )
) {
  throw new Error(`port ${PORT} is already in use: stop that server or set BENCH_PORT`);
}
// Node itself with tsx's loader (not npx), so that killing it stops the server.
const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/serve.ts'], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const results: Result[] = [];
let mapTimes: number[] | null = null;
let ballotCheck: Awaited<ReturnType<typeof benchBallots>> | undefined;
try {
  await waitForHealth(base);
  const national = await login(base, 'national@demo.test', password);
  const chapter = await login(base, 'chapter@demo.test', password);
  const chapterId = chapter.user.chapterId!;
  const services = createServices(db, loadConfig({ ...env }));
  const actor = (l: typeof national): Actor => ({
    userId: l.user.id,
    role: l.user.role as Actor['role'],
    chapterId: l.user.chapterId,
    memberId: null,
    sessionId: '',
  });
  const asNational = actor(national);
  const asChapter = actor(chapter);
  const headers = (l: typeof national) => ({
    cookie: l.cookie,
    'x-csrf-token': l.csrf,
    'content-type': 'application/json',
  });

  const viewports = {
    national: { bbox: [-125, 24, -66, 50] as [number, number, number, number], zoom: 4 },
    state: { bbox: [-84.4, 33.8, -75.4, 36.6] as [number, number, number, number], zoom: 7 },
    city: { bbox: [-84.6, 33.6, -84.2, 33.95] as [number, number, number, number], zoom: 12 },
  };
  const reads: {
    name: string;
    who: typeof national;
    path: string;
    targetMs: number;
    run: () => Promise<unknown>;
  }[] = [
    {
      name: 'national stats',
      who: national,
      path: '/api/stats/national',
      targetMs: 50,
      run: () => services.stats.national(asNational),
    },
    ...Object.entries(viewports).map(([k, v]) => ({
      name: `map, ${k} viewport`,
      who: national,
      path: `/api/map/workplaces?bbox=${v.bbox.join(',')}&zoom=${v.zoom}`,
      targetMs: 30,
      run: () => services.map.workplaces(asNational, v),
    })),
    {
      name: 'map, city viewport (chapter)',
      who: chapter,
      path: `/api/map/workplaces?bbox=${viewports.city.bbox.join(',')}&zoom=14`,
      targetMs: 30,
      run: () => services.map.workplaces(asChapter, { ...viewports.city, zoom: 14 }),
    },
    {
      name: "chapter's workplace list",
      who: chapter,
      path: `/api/chapters/${chapterId}/workplaces?limit=50`,
      targetMs: 50,
      run: () => services.workplaces.list(asChapter, chapterId, { limit: 50, sort: 'employer' }),
    },
    {
      name: "chapter's member list",
      who: chapter,
      path: `/api/chapters/${chapterId}/members?limit=50`,
      targetMs: 50,
      run: () => services.members.list(asChapter, chapterId, { limit: 50 }),
    },
  ];
  const podId: number = (await db('pods').where('chapter_id', chapterId).orderBy('id').first('id'))
    ?.id;
  if (podId) {
    reads.push({
      name: 'pod progress (24 months)',
      who: chapter,
      path: `/api/pods/${podId}/progress`,
      targetMs: 50,
      run: () => services.pods.progress(asChapter, podId, { interval: 'month' }),
    });
  }
  reads.push(
    {
      name: 'recruitment, national, 24 months',
      who: national,
      path: '/api/stats/recruitment?scope=nation',
      targetMs: 50,
      run: () => services.recruitment.stats(asNational, recruitmentQuery.parse({})),
    },
    {
      name: 'Southern coverage',
      who: national,
      path: '/api/stats/south',
      targetMs: 50,
      run: () => services.south.coverage(asNational),
    },
  );
  reads.push({
    name: 'pipeline statistics',
    who: national,
    path: '/api/stats/pipeline',
    targetMs: 50,
    run: () => services.stats.pipeline.stats(asNational),
  });
  for (const r of reads) {
    const coldMs = await cold(() => bumpDataVersion(db), r.run);
    const directP50 = await direct(r.run);
    // Warm-up: caches and indexes are built before the measured run.
    await load({
      url: base + r.path,
      headers: headers(r.who),
      connections: CONNECTIONS,
      seconds: 1,
    });
    const m = await load({
      url: base + r.path,
      headers: headers(r.who),
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    results.push({
      name: r.name,
      role: r.who.user.role,
      kind: 'read',
      ...m,
      directP50,
      coldMs,
      targetMs: r.targetMs,
    });
    console.log(`${r.name}: p95 ${m.p95} ms, ${Math.round(m.rps)} req/s`);
  }

  // A status update: each request moves the next member of the chapter, with the version it holds.
  const roster = await services.members.repo.rosterForMatching(chapterId);
  const versions = roster.map((m) => ({
    id: m.id,
    version: m.version,
    status: m.organizingStatus,
  }));
  let i = 0;
  const next = () => {
    const m = versions[i++ % versions.length]!;
    m.status = m.status === 'trained' ? 'mapping' : 'trained';
    const body = JSON.stringify({ organizingStatus: m.status, version: m.version++ });
    return { path: `/api/members/${m.id}`, body };
  };
  const write = await load({
    url: `${base}/api/members/${versions[0]!.id}`,
    method: 'PATCH',
    headers: headers(chapter),
    connections: CONNECTIONS,
    seconds: SECONDS,
    next,
  });
  results.push({
    name: 'organizing status update',
    role: 'chapter',
    kind: 'write',
    ...write,
    directP50: null,
    targetMs: 30,
  });
  const ballots = await benchBallots(db, base, national, CONNECTIONS);
  results.push({
    name: `ballot (${ballots.voters} members, once each)`,
    role: 'member',
    kind: 'write',
    ...ballots,
    rps: ballots.ballotsPerSecond,
    directP50: null,
    targetMs: 30,
  });
  ballotCheck = ballots;
  console.log(
    `ballots: ${Math.round(ballots.ballotsPerSecond)}/s, stored ${ballots.ballots} of ${ballots.acknowledged} acknowledged (${ballots.intact ? 'none lost or doubled' : 'MISMATCH'})`,
  );
  if (existsSync('client/dist/index.html')) {
    mapTimes = await timeToClusters(base, 'national@demo.test', password);
  } else
    console.log(
      'client/dist is not built (npm run build): the time-to-clusters figure is skipped.',
    );
} finally {
  server.kill('SIGTERM');
}

const importFigures = databaseUrl || process.env.BENCH_SKIP_IMPORT ? null : await benchImport();
await db.destroy();

const fmt = (n: number | null) =>
  n === null || Number.isNaN(n) ? '—' : n < 10 ? n.toFixed(1) : String(Math.round(n));
const table = [
  `Benchmark on ${databaseUrl ? 'PostgreSQL' : 'SQLite'}, national dataset, ${CONNECTIONS} connections, ${SECONDS} s per endpoint (${new Date().toISOString().slice(0, 10)}).`,
  '',
  '| endpoint | role | p50 ms | p95 ms | p99 ms | req/s | errors | direct p50 ms | HTTP/direct | after a write ms | target p95 | met |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.name} | ${r.role} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${Math.round(r.rps)} | ${r.errors + r.non2xx} | ${fmt(r.directP50)} | ${r.directP50 ? (r.p50 / r.directP50).toFixed(1) + '×' : '—'} | ${fmt(r.coldMs ?? null)} | ${r.targetMs} | ${r.p95 < r.targetMs && r.errors + r.non2xx === 0 ? 'yes' : 'NO'} |`,
  ),
  '',
  '"direct" runs the same service call in the bench process (through Knex; answered from the cache when the data has not moved since); "after a write" is that call just after the data version moved, so it computes the figures afresh, as the first request after any edit does.',
  ...(ballotCheck
    ? [
        '',
        `Ballots: ${Math.round(ballotCheck.ballotsPerSecond)} per second; ${ballotCheck.acknowledged} acknowledged, ${ballotCheck.ballots} ballots and ${ballotCheck.participation} participation rows stored (${ballotCheck.intact ? 'none lost or doubled' : 'MISMATCH'}).`,
      ]
    : []),
  ...(mapTimes
    ? [
        '',
        `National map, time from navigation to clusters drawn (headless Chromium, national dataset): ${mapTimes.join(' ms, ')} ms.`,
      ]
    : []),
  ...(importFigures
    ? [
        '',
        `Roster import of ${importFigures.lines.toLocaleString('en-US')} lines (SQLite): dry run ${importFigures.dryRunS.toFixed(1)} s, commit ${importFigures.commitS.toFixed(1)} s.`,
      ]
    : []),
];
mkdirSync('bench', { recursive: true });
writeFileSync(
  databaseUrl ? 'bench/results-postgresql.json' : 'bench/results.json',
  JSON.stringify(
    {
      database: databaseUrl ? 'postgresql' : 'sqlite',
      connections: CONNECTIONS,
      seconds: SECONDS,
      results,
      import: importFigures,
      mapTimeToClustersMs: mapTimes,
    },
    null,
    2,
  ),
);
writeFileSync(
  databaseUrl ? 'bench/results-postgresql.md' : 'bench/results.md',
  table.join('\n') + '\n',
);
console.log('\n' + table.join('\n'));
process.exit(0);
