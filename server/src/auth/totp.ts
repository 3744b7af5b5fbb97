import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const ISSUER = 'Shopfloor';
const PERIOD = 30;

/** A new 160-bit secret (RFC 4226's recommended length), in base32 for authenticator apps. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
  });
}

export function otpauthUrl(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The enrolment URI as an SVG QR code, drawn on the server so the client needs no library. */
export function otpauthQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/**
 * The 30-second step a code belongs to, or null when it is not the code of this step or the one
 * before or after it (clocks on phones drift). The caller refuses a step already used.
 */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  const delta = totp(secret).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD) + delta;
}
