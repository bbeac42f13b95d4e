// The visible marker that replaces a secret: an agent sees that something was there and what.

/** What kind of secret a marker stands for (`[REDACTED:jwt]`). */
export type RedactionKind =
  | 'password'
  | 'secret'
  | 'token'
  | 'api_key'
  | 'session'
  | 'signature'
  | 'oauth_code'
  | 'credentials'
  | 'jwt'
  | 'bearer'
  | 'private_key'
  | 'card'
  | 'iban'
  | 'custom';

/**
 * @example redactionMarker('jwt') // '[REDACTED:jwt]'
 */
export function redactionMarker(kind: RedactionKind): string {
  return `[REDACTED:${kind}]`;
}

/** True when `value` already is (or starts with) a marker, so a second pass leaves it alone. */
export function isRedacted(value: string): boolean {
  return /^["']?(?:\[|%5B)REDACTED(?::|%3A)/i.test(value);
}
