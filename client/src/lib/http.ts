import type { ErrorBody, FieldIssue } from '@shopfloor/shared';

type ServerErrorCode = ErrorBody['error']['code'];

/** `network`: no answer at all; `bad_response`: an answer that is not the API's JSON. */
export type ApiErrorCode = ServerErrorCode | 'network' | 'bad_response';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    /** The same field errors in a form the client translates (see useFieldErrors). */
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }

  /** True when the message came from the server and can be shown as it is. */
  get fromServer(): boolean {
    return this.code !== 'network' && this.code !== 'bad_response';
  }
}

let csrfToken: string | null = null;

/** The CSRF token sent on every state-changing request; exposed for tests. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

const SESSION_URL = '/api/auth/session';

// GET /api/auth/session and POST /api/auth/login answer with the token to echo back, and the
// session route does so even in its 401 body, so the token is read before the status.
function rememberCsrf(body: unknown) {
  if (
    body &&
    typeof body === 'object' &&
    'csrfToken' in body &&
    typeof body.csrfToken === 'string'
  ) {
    csrfToken = body.csrfToken;
  }
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (!body || typeof body !== 'object' || !('error' in body)) return false;
  const error = body.error;
  return (
    !!error &&
    typeof error === 'object' &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

async function readJson(res: Response): Promise<unknown> {
  if (res.status === 204) return undefined;
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(
      res.status,
      'bad_response',
      `Unexpected answer from the server (${res.status})`,
    );
  }
}

/** A body sent as it is (a CSV file's text), not encoded as JSON. */
class RawBody {
  constructor(
    readonly text: string,
    readonly contentType: string,
  ) {}
}

async function send(method: string, url: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body instanceof RawBody) headers['Content-Type'] = body.contentType;
  else if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body:
        body instanceof RawBody ? body.text : body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    const error = new ApiError(0, 'network', 'The server could not be reached');
    error.cause = cause;
    throw error;
  }
}

async function request<T>(
  method: string,
  url: string,
  body?: unknown,
  retried = false,
): Promise<T> {
  // A state-changing request made before any session answer still needs a token.
  if (method !== 'GET' && !csrfToken && url !== SESSION_URL) {
    await request('GET', SESSION_URL).catch(() => undefined);
  }
  const res = await send(method, url, body);
  const data = await readJson(res);
  rememberCsrf(data);
  if (res.ok) return data as T;
  if (isErrorBody(data)) {
    // The session behind the token may have ended (or rotated) since it was read: fetch a fresh
    // token once and repeat the request.
    if (data.error.code === 'csrf' && !retried) {
      await request('GET', SESSION_URL).catch(() => undefined);
      return request<T>(method, url, body, true);
    }
    const { code, message, fields, issues } = data.error;
    throw new ApiError(res.status, code, message, fields, issues);
  }
  throw new ApiError(
    res.status,
    'bad_response',
    `Unexpected answer from the server (${res.status})`,
  );
}

export const http = {
  get: <T = unknown>(url: string) => request<T>('GET', url),
  post: <T = unknown>(url: string, body?: unknown) => request<T>('POST', url, body),
  /** POSTs text as it is, e.g. a CSV file with `text/csv`; the answer is still the API's JSON. */
  postText: <T = unknown>(url: string, text: string, contentType = 'text/csv') =>
    request<T>('POST', url, new RawBody(text, contentType)),
  put: <T = unknown>(url: string, body?: unknown) => request<T>('PUT', url, body),
  patch: <T = unknown>(url: string, body?: unknown) => request<T>('PATCH', url, body),
  delete: <T = unknown>(url: string) => request<T>('DELETE', url),
};
