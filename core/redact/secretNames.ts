// Names of fields, parameters and cookies that hold secrets, and the kind each stands for.
import type { RedactionKind } from './redactionMarker';

/**
 * Words that make a field name secret anywhere (JSON keys, headers, `name=value` in text).
 * A name is secret when it ends in one of these, after any prefix (`db_password`, `newPassword`,
 * `X-Api-Key`, `aws_secret_access_key`), optionally followed by a suffix from `suffix` below.
 */
export const strongNameSource =
  'pass(?:word|wd|phrase)|pwd|cvv2?|cvc|' +
  'secret(?:[_-]?(?:access[_-]?)?key)?|client[_-]?secret|' +
  'token|api[_-]?key|apikey|access[_-]?key|(?:private|signing|encryption|master|account|sas)[_-]?key|' +
  'session[_-]?(?:id|key|token)|sessionid|sessid|credentials?';

/** Suffixes that keep a name secret: `password_confirmation`, `token2`, `secret_hash`. */
export const nameSuffixSource =
  '(?:[_.-]?(?:confirm(?:ation)?|again|repeat|hash|value|enc(?:rypted)?|id|\\d))?';

/** Short or ambiguous names that are secret only as URL or form parameters (`?code=…`, `&sig=…`). */
const weakNames =
  /^(?:key|code|sid|session|auth|sig|signature|otp|pin|x-amz-signature|x-goog-signature)$/i;

const strongName = new RegExp(`^[\\w.-]*?(?:${strongNameSource})${nameSuffixSource}$`, 'i');

/**
 * The kind of secret a field or parameter named `name` holds, or `null` for an ordinary one.
 * `parameter` adds the short names that only mean a secret in a URL or a form (`code`, `sig`).
 * @example secretNameKind('db_password') // 'password'
 * @example secretNameKind('code', { parameter: true }) // 'oauth_code'
 * @example secretNameKind('token_type') // null
 */
export function secretNameKind(
  name: string,
  { parameter = false }: { parameter?: boolean } = {},
): RedactionKind | null {
  // Form fields nest: `user[password]`, `credentials.token`.
  const last = name.replace(/\]$/, '').split(/[[\]]/).filter(Boolean).pop() ?? name;
  const strong = strongName.test(last);
  if (!strong && !(parameter && weakNames.test(last))) return null;
  const n = last.toLowerCase();
  if (/pass|pwd|cvv|cvc|otp|pin/.test(n)) return 'password';
  if (/sess|^sid$/.test(n)) return 'session';
  if (/sig/.test(n)) return 'signature';
  if (n === 'code') return 'oauth_code';
  if (/key/.test(n) && !/secret/.test(n)) return 'api_key';
  if (/token|auth/.test(n)) return 'token';
  return 'secret';
}

/** Cookie names that carry a session or a credential (`sessionid`, `connect.sid`, `__Host-auth`). */
const sessionCookie =
  /(?:^|[_.-])(?:sid|sess|session|sessionid|sessid)(?:[_.-]|$)|sess(?:ion)?(?:id)?$|session|token|auth(?!or)|jwt|remember|csrf|xsrf|secret|login|saml|oidc|okta|^__(?:host|secure)-|aspxauth|^\.?aspnetcore\.|^asp\.net_|^cf(?:id|token)$/i;

/**
 * True for a cookie whose value would let someone act as the user.
 * @example sessionCookieName('JSESSIONID') // true
 * @example sessionCookieName('theme') // false
 */
export function sessionCookieName(name: string): boolean {
  return sessionCookie.test(name.trim());
}
