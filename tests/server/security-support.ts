import { Secret, TOTP } from 'otpauth';
import type { Knex } from 'knex';
import { anonymous, type Agent, type TestContext } from '../factories/app';

/** The code an authenticator app would show for this secret now (or `steps` periods from now). */
export function totpCode(secret: string, steps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + steps * 30_000 });
}

/** A 6-digit code that is not the current one (nor, in practice, its neighbours). */
export function wrongCode(secret: string): string {
  return String((Number(totpCode(secret)) + 500_000) % 1_000_000).padStart(6, '0');
}

/** Each code is accepted once: tests that use several in one 30 seconds let the last one go. */
export async function forgetUsedCodes(db: Knex, email: string): Promise<void> {
  await db('users').where({ email }).update({ totp_last_step: null });
}

export async function loginWith(
  app: TestContext['app'],
  body: { email: string; password: string; code?: string },
) {
  const agent = await anonymous(app);
  const res = await agent.post('/api/auth/login').set('X-CSRF-Token', agent.csrf).send(body);
  if (res.body.csrfToken) agent.csrf = res.body.csrfToken;
  return { agent, res };
}

export const post = (agent: Agent, path: string, body: object = {}) =>
  agent.post(path).set('X-CSRF-Token', agent.csrf).send(body);

/** Enrols the agent's user in two-factor login; returns the secret. */
export async function enrol(agent: Agent): Promise<string> {
  const setup = await post(agent, '/api/auth/2fa/setup');
  if (setup.status !== 200) throw new Error(`setup: ${setup.status} ${JSON.stringify(setup.body)}`);
  const secret: string = setup.body.secret;
  const enable = await post(agent, '/api/auth/2fa/enable', { code: totpCode(secret) });
  if (enable.status !== 200)
    throw new Error(`enable: ${enable.status} ${JSON.stringify(enable.body)}`);
  agent.csrf = enable.body.csrfToken;
  return secret;
}

export const countRows = async (db: Knex, table: string, where: object = {}) =>
  Number((await db(table).where(where).count({ n: '*' }).first())!.n);
