import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * TOTP secrets at rest: AES-256-GCM under TOTP_KEY when the operator sets one; stored plain
 * (and said so at start-up and in the README) when not, so the two-command demo needs no key.
 */
export function parseTotpKey(value: string | undefined): Buffer | undefined {
  if (value === undefined || value === '') return undefined;
  const key = /^[0-9a-f]{64}$/i.test(value)
    ? Buffer.from(value, 'hex')
    : Buffer.from(value, 'base64');
  if (key.length !== 32)
    throw new Error('TOTP_KEY must be 32 random bytes, written as 64 hex digits or in base64');
  return key;
}

export function sealSecret(secret: string, key: Buffer | undefined): string {
  if (!key) return `plain:${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return ['gcm', iv, tag, data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join(':');
}

export function openSecret(stored: string, key: Buffer | undefined): string {
  const [scheme, ...parts] = stored.split(':');
  if (scheme === 'plain') return parts.join(':');
  if (scheme !== 'gcm' || parts.length !== 3)
    throw new Error('A stored TOTP secret is in an unknown format');
  if (!key) throw new Error('TOTP secrets were encrypted with TOTP_KEY, which is not set now');
  const [iv, tag, data] = parts.map((p) => Buffer.from(p, 'base64url')) as [Buffer, Buffer, Buffer];
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}
