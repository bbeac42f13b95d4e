// Redaction of what the Report tab captured, before it is stored or sent: secrets in query strings
// and fragments, bearer tokens, JWTs, API-key-looking strings and card-like digit runs.
// Conservative on purpose; core/redact (issue 2) is the full corpus-tested version to adopt.
import type { Redactor } from './buildPageContext';

const secretParam =
  /^(.*(token|secret|pass(word)?|pwd|auth|session|sid|key|code|signature|sig|jwt|otp|cred).*)$/i;
const jwt = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\b/g;
const bearer = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
const providerKeys =
  /\b(sk|pk|rk|td|rt)_(live_|test_)?[A-Za-z0-9]{12,}\b|\bAKIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{30,}\b|\bxox[abpr]-[A-Za-z0-9-]{10,}\b/g;
const cardLike = /\b(?:\d[ -]?){13,19}\b/g;

export function redactText(text: string): string {
  return text
    .replace(jwt, '[redacted-jwt]')
    .replace(bearer, '$1 [redacted]')
    .replace(providerKeys, '[redacted-key]')
    .replace(cardLike, (m) => (luhn(m.replace(/\D/g, '')) ? '[redacted-card]' : m));
}

export function redactUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return redactText(url);
  }
  u.username = '';
  u.password = '';
  for (const [name] of [...u.searchParams]) {
    if (secretParam.test(name)) u.searchParams.set(name, '[redacted]');
  }
  // Fragments carry OAuth tokens (`#access_token=…`): keep only a plain anchor.
  if (u.hash && /[=&]/.test(u.hash)) u.hash = '#[redacted]';
  return redactText(u.toString().replace(/%5Bredacted%5D/g, '[redacted]'));
}

function luhn(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export const pageRedactor: Redactor = { url: redactUrl, text: redactText };
