import { vi } from 'vitest';

export interface ApiCall {
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
}

export interface Reply {
  status?: number;
  body?: unknown;
}

type Route = Reply | ((call: ApiCall) => Reply);

/**
 * Replaces fetch with a table of answers keyed by "METHOD /path" (with or without its query
 * string; the exact one wins). Unknown routes answer 404 the
 * way the server does, so a test fails loudly when the client asks for something unexpected.
 */
export function mockApi(routes: Record<string, Route>) {
  const calls: ApiCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    // JSON bodies arrive parsed; any other text (a CSV file) arrives as it was sent.
    const body =
      typeof init.body !== 'string'
        ? undefined
        : headers.get('Content-Type')?.includes('json') === false
          ? init.body
          : (JSON.parse(init.body) as unknown);
    const call: ApiCall = { method, url, headers, body };
    calls.push(call);
    // "GET /api/things" also answers "GET /api/things?page=2" unless that is listed itself.
    const route = routes[`${method} ${url}`] ?? routes[`${method} ${url.split('?')[0]}`];
    const reply: Reply = !route
      ? { status: 404, body: { error: { code: 'not_found', message: 'No such API route' } } }
      : typeof route === 'function'
        ? route(call)
        : route;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}
