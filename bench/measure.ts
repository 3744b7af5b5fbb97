import autocannon from 'autocannon';

export interface Result {
  name: string;
  role: string;
  kind: 'read' | 'write';
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
  directP50: number | null;
  /** The same call right after a write moved the data version: what a cache cannot hide. */
  coldMs?: number | null;
  targetMs: number;
}

/** p95 from autocannon's HDR histogram percentiles (it reports p90 and p97.5; we ask for p95). */
export async function load(opts: {
  url: string;
  method?: 'GET' | 'POST' | 'PATCH';
  headers: Record<string, string>;
  connections: number;
  seconds?: number;
  /** For writes: the path, body (and headers) of each next request. */
  next?: () => { path: string; body: string; headers?: Record<string, string> };
  /** Stop after this many requests instead of after `seconds`. */
  amount?: number;
}): Promise<{
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
}> {
  const latencies: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        connections: opts.connections,
        ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds }),
        requests: opts.next
          ? [{ setupRequest: (req) => ({ ...req, ...opts.next!() }) }]
          : undefined,
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies.length
      ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!
      : NaN;
  return {
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    rps: r.requests.average,
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/** The same work called in-process, straight through the services and Knex: no HTTP, no JSON over the wire. */
export async function direct(fn: () => Promise<unknown>, runs = 30): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * The median of a few calls each made just after the data version moved (as any write moves it),
 * so that no cached answer is served: the cost of computing the figures afresh.
 */
export async function cold(
  bump: () => Promise<void>,
  fn: () => Promise<unknown>,
  runs = 3,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await bump();
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
