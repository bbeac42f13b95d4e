// Secret tokens: agent tokens (`td_…`, random, stored as SHA-256) and reporter tokens (`rt_…`,
// derived from the ticket id with the hub's secret, so an intake retry can answer the same one).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function sha256Hex(value: string | Buffer): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A new high-entropy token like `td_…` (256 random bits). */
export function newToken(prefix: 'td' | 'rt' | 'pk' | 'whsec'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** The reporter token of a ticket: HMAC of its id under the hub's secret. */
export function reporterTokenFor(ticketId: string, hubSecret: string): string {
  return `rt_${createHmac('sha256', hubSecret).update(`reporter:${ticketId}`).digest('base64url')}`;
}

/** Compares two hex digests without leaking where they differ. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** Well-formed tokens only; anything else is refused before touching the store. */
export const tokenPattern = {
  agent: /^td_[A-Za-z0-9_-]{20,128}$/,
  reporter: /^rt_[A-Za-z0-9_-]{20,128}$/,
};
