/**
 * A receipt as the voter pastes it: spaces and line breaks around it dropped, letters upper-cased
 * (the server writes receipts in capitals only, so this can only turn a typed code into the real one).
 */
export function normalizeReceipt(input: string): string {
  return input.trim().toUpperCase();
}

/** True where the browser can hash (Web Crypto is only offered on https and on this computer). */
export function canHashReceipts(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle?.digest === 'function';
}

/** Hex SHA-256 of the receipt code, exactly what the server publishes beside each ballot. */
export async function hashReceipt(receipt: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(receipt));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
