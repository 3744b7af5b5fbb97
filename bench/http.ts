/** A logged-in client of the running server: its cookie and CSRF token, for autocannon headers. */
export interface Login {
  cookie: string;
  csrf: string;
  user: { id: number; role: string; chapterId: number | null };
}

function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

export async function login(base: string, email: string, password: string): Promise<Login> {
  const anon = await fetch(`${base}/api/auth/session`);
  const { csrfToken } = (await anon.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrfToken,
      cookie: cookiesOf(anon),
    },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string; user: Login['user'] };
  return { cookie: cookiesOf(res), csrf: body.csrfToken, user: body.user };
}

export async function waitForHealth(base: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the server at ${base} did not answer /api/health`);
}
