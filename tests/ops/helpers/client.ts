/** What one request came back with. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON bodies freely
export interface Reply<T = any> {
  status: number;
  body: T;
}

interface Jar {
  cookies: Map<string, string>;
  csrf: string;
}

/**
 * A browser-like API client: a cookie jar and the CSRF token of its session. `at(base)` is a copy
 * of it talking to another server process (the same cookies), as behind a load balancer.
 */
export class Client {
  private constructor(
    readonly base: string,
    private readonly jar: Jar,
  ) {}

  static async anonymous(base: string): Promise<Client> {
    const c = new Client(base, { cookies: new Map(), csrf: '' });
    await c.refreshCsrf();
    return c;
  }

  static async login(base: string, email: string, password = 'shopfloor-demo'): Promise<Client> {
    const c = await Client.anonymous(base);
    const res = await c.login(email, password);
    if (res.status !== 200)
      throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
    return c;
  }

  at(base: string): Client {
    return new Client(base, { cookies: new Map(this.jar.cookies), csrf: this.jar.csrf });
  }

  get csrf() {
    return this.jar.csrf;
  }

  /** GET /api/auth/session: the session's CSRF token, or a fresh anonymous one. */
  async refreshCsrf(): Promise<Reply> {
    const res = await this.get('/api/auth/session');
    if (res.body?.csrfToken) this.jar.csrf = res.body.csrfToken;
    return res;
  }

  async login(email: string, password: string): Promise<Reply> {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status === 200) this.jar.csrf = res.body.csrfToken;
    return res;
  }

  get(path: string, timeoutMs?: number) {
    return this.request('GET', path, undefined, timeoutMs);
  }

  post(path: string, body?: unknown, timeoutMs?: number) {
    return this.request('POST', path, body, timeoutMs);
  }

  patch(path: string, body?: unknown, timeoutMs?: number) {
    return this.request('PATCH', path, body, timeoutMs);
  }

  /** JSON bodies as JSON; strings are sent as CSV (the import endpoints). */
  async request(method: string, path: string, body?: unknown, timeoutMs = 60_000): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (this.jar.cookies.size)
      headers.cookie = [...this.jar.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET') headers['x-csrf-token'] = this.jar.csrf;
    if (typeof body === 'string') headers['content-type'] = 'text/csv';
    else if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.base + path, {
      method,
      headers,
      body: typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.jar.cookies.delete(name);
      else this.jar.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed };
  }
}
