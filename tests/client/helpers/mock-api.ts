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
 * Replaces fetch with a table of answers keyed by "METHOD /path". Unknown routes answer 404 the
 * way the server does, so a test fails loudly when the client asks for something unexpected.
 */
export function mockApi(routes: Record<string, Route>) {
  const calls: ApiCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const call: ApiCall = { method, url, headers: new Headers(init.headers), body };
    calls.push(call);
    const route = routes[`${method} ${url}`];
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
