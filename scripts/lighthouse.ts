import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { login, waitForHealth } from '../bench/http';
import { ensureClientBuilt } from './client-build';

/**
 * npm run lighthouse: Lighthouse (performance and accessibility, its default mobile emulation and
 * simulated throttling) against the production build served by the real server with the demo
 * organization, on the dashboard, the chapter workspace and the member page, each logged in with
 * the demo login of its role. Three runs per page; the median is reported. Also measures the
 * initial JavaScript (the module scripts and modulepreloads of index.html, gzipped) against its
 * budget. Writes bench/lighthouse.json and bench/lighthouse.md; exits 1 if a median score is
 * under 90 or the initial JavaScript is over budget (or holds Leaflet or Recharts).
 *
 * LIGHTHOUSE_RUNS sets the runs per page, LIGHTHOUSE_PAGES=dashboard,member measures only those,
 * CLIENT_DIST measures a build made elsewhere, CHROME_PATH names another Chromium.
 */
const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const MIN_SCORE = 90;
/** kB as Vite reports them: 1,000 bytes. */
const INITIAL_JS_BUDGET = 170_000;
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
/** By default client/dist, rebuilt when stale; a CLIENT_DIST given is measured as it is. */
const dist = process.env.CLIENT_DIST ? resolve(process.env.CLIENT_DIST) : join(root, 'client/dist');
const password = process.env.DEMO_PASSWORD || 'shopfloor-demo';

const allPages = [
  { name: 'dashboard', path: '/', email: 'national@demo.test', role: 'national' },
  {
    name: 'chapter workspace',
    path: '/chapter/workplaces',
    email: 'chapter@demo.test',
    role: 'chapter',
  },
  { name: 'member page', path: '/me', email: 'member@demo.test', role: 'member' },
] as const;
/** LIGHTHOUSE_PAGES=dashboard,member measures only those (matched by the start of their name). */
const pages = allPages.filter(
  (p) =>
    !process.env.LIGHTHOUSE_PAGES ||
    process.env.LIGHTHOUSE_PAGES.split(',').some((w) => p.name.startsWith(w.trim())),
);

interface Run {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  speedIndexMs: number;
  jsTransferBytes: number;
}

interface Finding {
  category: string;
  id: string;
  title: string;
  score: number;
  displayValue?: string;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function median<T>(items: T[], by: (t: T) => number): T {
  const sorted = [...items].sort((a, b) => by(a) - by(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** index.html's module scripts and modulepreloads: the JavaScript every page downloads first. */
function initialJs() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const paths = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
  // Compressed as the server's compression middleware does (zlib's default level).
  const files = paths.map((p) => {
    const code = readFileSync(join(dist, p));
    return { file: p, bytes: code.length, gzipBytes: gzipSync(code).length, code };
  });
  const text = files.map((f) => f.code.toString('utf8')).join('\n');
  // Markers of the two heavy libraries that must load only with the pages that use them.
  const heavy = [
    { library: 'Leaflet', marker: 'leaflet-container' },
    { library: 'Recharts', marker: 'recharts-wrapper' },
  ].filter((h) => text.includes(h.marker));
  return {
    files: files.map(({ file, bytes, gzipBytes }) => ({ file, bytes, gzipBytes })),
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    budgetBytes: INITIAL_JS_BUDGET,
    heavyLibrariesInInitialJs: heavy.map((h) => h.library),
  };
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

function summarize(lhr: Result): Run {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const summary = lhr.audits['resource-summary']?.details;
  const items = summary && summary.type === 'table' ? summary.items : [];
  const script = items.find((i) => i.resourceType === 'script');
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
    fcpMs: Math.round(numeric('first-contentful-paint')),
    speedIndexMs: Math.round(numeric('speed-index')),
    jsTransferBytes: Number(script?.transferSize ?? 0),
  };
}

/** Audits that cost points: weighted ones under 0.9, and performance advice with savings. */
function findings(lhr: Result): Finding[] {
  const out: Finding[] = [];
  for (const [category, { auditRefs }] of Object.entries(lhr.categories)) {
    for (const ref of auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9) continue;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual') continue;
      if (ref.weight === 0 && category !== 'performance') continue;
      out.push({
        category,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  return out;
}

/**
 * One Lighthouse run. A run that Lighthouse itself reports as failed (a trace it could not
 * record, e.g. NO_NAVSTART on a busy machine) is made again, up to twice.
 */
async function measure(url: string, flags: Flags, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, flags);
    const error = result ? result.lhr.runtimeError : { code: 'NO_RESULT', message: 'no result' };
    if (!error) return result!;
    if (attempt >= attempts) throw new Error(`${url}: ${error.code}: ${error.message}`);
    console.log(`  Lighthouse could not measure ${url} (${error.code}); running it again`);
  }
}

if (!process.env.CLIENT_DIST) ensureClientBuilt();
process.chdir(root);
const initial = initialJs();
console.log(
  `Initial JavaScript (${initial.files.length} files that index.html loads, gzipped): ` +
    `${kB(initial.gzipBytes)} of ${kB(INITIAL_JS_BUDGET)} (${kB(initial.bytes)} raw)`,
);
for (const f of initial.files) console.log(`  ${f.file.padEnd(44)} ${kB(f.gzipBytes).padStart(9)}`);
if (initial.heavyLibrariesInInitialJs.length > 0)
  console.log(`  In the initial JavaScript: ${initial.heavyLibrariesInInitialJs.join(', ')}`);

if (!existsSync(chromePath)) {
  console.error(
    `No Chromium at ${chromePath}: install it (apt-get install chromium) or set CHROME_PATH.`,
  );
  process.exit(1);
}

const loadAtStart = loadavg();
const cores = availableParallelism();
console.log(`Load average: ${loadAtStart.map((l) => l.toFixed(2)).join(', ')} (${cores} cores)`);

const tmp = mkdtempSync(join(tmpdir(), 'shopfloor-lighthouse-'));
const reportDir = join(tmp, 'reports');
mkdirSync(reportDir);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// Node itself with tsx's loader (not npx), so that killing it stops the server.
const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/serve.ts'], {
  env: {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: '',
    SQLITE_FILE: join(tmp, 'lighthouse.sqlite'),
    SEED_DEMO: '1',
    REQUIRE_2FA: '0',
    CLIENT_DIST: dist,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

const results: {
  name: string;
  path: string;
  role: string;
  runs: Run[];
  median: Run;
  findings: Finding[];
  report: string;
}[] = [];
let lighthouseVersion = '';
let userAgent = '';
try {
  await waitForHealth(base);
  for (const page of pages) {
    const session = await login(base, page.email, password);
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const flags: Flags = {
        port: chrome.port,
        output: 'html',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        extraHeaders: { Cookie: session.cookie },
      };
      const runs: { run: Run; lhr: Result; html: string }[] = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await measure(base + page.path, flags);
        const { lhr } = result;
        if (new URL(lhr.finalDisplayedUrl).pathname !== page.path)
          throw new Error(`${page.path} ended at ${lhr.finalDisplayedUrl}: not logged in?`);
        const run = summarize(lhr);
        console.log(
          `${page.name} run ${i + 1}: performance ${run.performance}, accessibility ` +
            `${run.accessibility}, LCP ${run.lcpMs} ms, TBT ${run.tbtMs} ms, CLS ${run.cls}`,
        );
        runs.push({ run, lhr, html: String(result.report) });
        lighthouseVersion = lhr.lighthouseVersion;
        userAgent = lhr.environment.hostUserAgent;
      }
      const mid = median(runs, (r) => r.run.performance);
      const report = join(reportDir, `${page.name.replace(/\s+/g, '-')}.html`);
      writeFileSync(report, mid.html);
      results.push({
        ...page,
        runs: runs.map((r) => r.run),
        median: {
          ...mid.run,
          accessibility: median(runs, (r) => r.run.accessibility).run.accessibility,
        },
        findings: findings(mid.lhr),
        report,
      });
    } finally {
      chrome.kill();
    }
  }
} finally {
  const exited = new Promise((ok) => server.once('exit', ok));
  server.kill();
  await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
}
for (const suffix of ['', '-wal', '-shm'])
  rmSync(join(tmp, `lighthouse.sqlite${suffix}`), { force: true });

const loadAtEnd = loadavg();
const failures = [
  ...results.flatMap((r) =>
    (['performance', 'accessibility'] as const)
      .filter((c) => r.median[c] < MIN_SCORE)
      .map((c) => `${r.name}: ${c} ${r.median[c]} < ${MIN_SCORE}`),
  ),
  ...(initial.gzipBytes > INITIAL_JS_BUDGET
    ? [`initial JavaScript ${kB(initial.gzipBytes)} > ${kB(INITIAL_JS_BUDGET)}`]
    : []),
  ...initial.heavyLibrariesInInitialJs.map((l) => `${l} is in the initial JavaScript`),
];
const date = new Date().toISOString().slice(0, 10);
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');

writeFileSync(
  join(root, 'bench/lighthouse.json'),
  JSON.stringify(
    {
      date,
      lighthouseVersion,
      userAgent,
      runsPerPage: RUNS,
      settings: 'mobile emulation, simulated throttling (Lighthouse defaults)',
      loadAverage: { start: loadAtStart, end: loadAtEnd },
      initialJs: initial,
      pages: results.map(({ report: _report, ...r }) => r),
      failures,
    },
    null,
    2,
  ) + '\n',
);

const rows = results.map((r) =>
  [
    r.name,
    `\`${r.path}\``,
    r.role,
    r.median.performance,
    r.median.accessibility,
    `${(r.median.lcpMs / 1000).toFixed(1)} s`,
    `${r.median.tbtMs} ms`,
    r.median.cls.toFixed(3),
    kB(r.median.jsTransferBytes),
    r.runs.map((x) => x.performance).join(', '),
  ].join(' | '),
);
const md = [
  `Lighthouse ${lighthouseVersion}, ${userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, ` +
    `mobile emulation and simulated throttling (Lighthouse's defaults), median of ${RUNS} runs ` +
    `per page (${date}; load average ${load(loadAtStart)} at the start, ${load(loadAtEnd)} at ` +
    `the end, on ${cores} cores).`,
  '',
  '| page | path | role | performance | accessibility | LCP | TBT | CLS | JS transferred | performance per run |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r} |`),
  '',
  `Initial JavaScript (the ${initial.files.length} files that index.html loads, gzipped): ` +
    `${kB(initial.gzipBytes)}; budget ${kB(INITIAL_JS_BUDGET)}` +
    (initial.heavyLibrariesInInitialJs.length
      ? `; ${initial.heavyLibrariesInInitialJs.join(' and ')} in it.`
      : '; Leaflet and Recharts are not in it.'),
  '',
  failures.length ? `Not met: ${failures.join('; ')}.` : 'Every score is at least 90.',
  '',
].join('\n');
writeFileSync(join(root, 'bench/lighthouse.md'), md);

console.log(`\n${md}`);
for (const r of results) {
  if (r.findings.length === 0) continue;
  console.log(`${r.name}: audits that cost points`);
  for (const f of r.findings)
    console.log(
      `  [${f.category}] ${f.id}: ${f.title}${f.displayValue ? ` (${f.displayValue})` : ''}`,
    );
}
console.log(`\nReports of the median runs: ${reportDir}`);
console.log('Wrote bench/lighthouse.json and bench/lighthouse.md');
process.exit(failures.length ? 1 : 0);
