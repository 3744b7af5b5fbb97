import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, http } from '../../client/src/lib/http';
import { mockApi } from './helpers/mock-api';

afterEach(() => vi.restoreAllMocks());

describe('http', () => {
  it('keeps the token from the 401 session answer and sends it only on state changes', async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': {
        status: 401,
        body: { error: { code: 'unauthenticated', message: 'Not logged in' }, csrfToken: 't-1' },
      },
      'GET /api/chapters': { body: [] },
      'POST /api/auth/logout': { body: { ok: true } },
    });

    await expect(http.get('/api/auth/session')).rejects.toBeInstanceOf(ApiError);
    await http.get('/api/chapters');
    await http.post('/api/auth/logout');

    expect(calls.map((c) => [c.method, c.headers.get('X-CSRF-Token')])).toEqual([
      ['GET', null],
      ['GET', null],
      ['POST', 't-1'],
    ]);
    expect(calls.every((c) => c.headers.get('Accept') === 'application/json')).toBe(true);
  });

  it('sends credentials with same-origin requests only', async () => {
    const { fetchMock } = mockApi({ 'GET /api/health': { body: { ok: true } } });
    await http.get('/api/health');
    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ credentials: 'same-origin' });
  });

  it('fetches a token first when a state change comes before any session answer', async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': { body: { user: {}, csrfToken: 't-2' } },
      'PATCH /api/auth/session/language': { body: { ok: true } },
    });
    await http.patch('/api/auth/session/language', { language: 'es' });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/auth/session',
      'PATCH /api/auth/session/language',
    ]);
    expect(calls[1]?.headers.get('X-CSRF-Token')).toBe('t-2');
    expect(calls[1]?.body).toEqual({ language: 'es' });
  });

  it('turns an error body into a typed ApiError with its fields and their issues', async () => {
    mockApi({
      'POST /api/auth/login': {
        status: 400,
        body: {
          error: {
            code: 'validation',
            message: 'Check the highlighted fields',
            fields: { password: 'Enter your password' },
            issues: [{ field: 'password', code: 'too_small', params: { minimum: 1 } }],
          },
        },
      },
      'GET /api/auth/session': { status: 401, body: { csrfToken: 't-3' } },
    });
    const error = await http
      .post('/api/auth/login', { email: 'a@b.test' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation',
      message: 'Check the highlighted fields',
      fields: { password: 'Enter your password' },
      issues: [{ field: 'password', code: 'too_small', params: { minimum: 1 } }],
    });
  });

  it('fetches a fresh token and repeats the request once after a CSRF refusal', async () => {
    let token = 'old';
    const { calls } = mockApi({
      'GET /api/auth/session': () => ({ body: { user: {}, csrfToken: (token = 'new') } }),
      'POST /api/auth/logout': ({ headers }) =>
        headers.get('X-CSRF-Token') === token && token === 'new'
          ? { body: { ok: true } }
          : { status: 403, body: { error: { code: 'csrf', message: 'Missing or wrong token' } } },
    });
    await http.get('/api/auth/session');
    token = 'rotated';
    await expect(http.post('/api/auth/logout')).resolves.toEqual({ ok: true });
    expect(calls.map((c) => c.method)).toEqual(['GET', 'POST', 'GET', 'POST']);
  });

  it('sends a CSV file as text with its own content type, and reads the JSON answer', async () => {
    const { calls } = mockApi({
      'GET /api/auth/session': { status: 401, body: { csrfToken: 't-4' } },
      'POST /api/chapters/7/import/members': { body: { created: 1 } },
    });
    const csv = 'ak_id,first_name\n1,Rosa';
    await expect(http.postText('/api/chapters/7/import/members', csv)).resolves.toEqual({
      created: 1,
    });
    const post = calls.at(-1)!;
    expect(post.body).toBe(csv);
    expect(post.headers.get('Content-Type')).toBe('text/csv');
    expect(post.headers.get('X-CSRF-Token')).toBe('t-4');
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(http.get('/api/health')).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});
