// The structure of a URL, redacted: credentials in `user:pass@host`, query and fragment
// parameters with secret names (`?token=…`, `#access_token=…`, `&X-Amz-Signature=…`), tokens
// in paths after words like `reset-password/`. The text rules are `redactSecrets`' job.
import { isRedacted, redactionMarker } from './redactionMarker';
import { redactSecrets } from './redactSecrets';
import { secretNameKind } from './secretNames';
import { looksRandom } from './tokenRules';

const urlShape = /^([a-z][a-z0-9+.-]{0,30}:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i;
const relativeShape = /^()()([^?#]*)(\?[^#]*)?(#.*)?$/;

/** Path segments after which a random-looking segment is a secret (reset links, webhooks). */
const secretPathWord =
  /^(?:tokens?|reset|reset[-_]?password|password[-_]?reset|verify|verification|confirm(?:ation)?|activate|activation|invite|invitation|magic(?:[-_]?link)?|unsubscribe|auth|oauth|keys?|secrets?|sessions?|api[-_]?keys?|webhooks?|hooks|services|sig(?:nature)?)$/i;

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * Redacts the values of secret-named parameters in `a=1&token=…` (a query, fragment or form
 * body); a parameter whose value is itself a URL is redacted inside.
 * @example redactQuery('user=ada&password=hunter2') // 'user=ada&password=[REDACTED:password]'
 */
export function redactQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || isRedacted(value)) return pair;
      const kind = secretNameKind(decode(name), { parameter: true });
      if (kind) return `${name}=${redactionMarker(kind)}`;
      if (!value.includes('%') && !value.includes('://')) return pair;
      // An encoded value hides its secrets from the text rules: a URL, JSON, `sessionid=…`.
      const inner = decode(value);
      const nested = /^[a-z][a-z0-9+.-]{0,30}:\/\/|^\/.*[?#].*=/i.test(inner)
        ? redactUrlParts(inner)
        : inner;
      const redacted = redactSecrets(nested);
      return redacted === inner ? pair : `${name}=${encodeURIComponent(redacted)}`;
    })
    .join('&');
}

function redactPath(path: string): string {
  let afterSecretWord = false;
  return path
    .split('/')
    .map((segment) => {
      if (afterSecretWord && looksRandom(decode(segment))) return redactionMarker('token');
      if (secretPathWord.test(segment)) afterSecretWord = true;
      return segment;
    })
    .join('/');
}

function redactUserinfo(authority: string): string {
  const at = authority.lastIndexOf('@');
  if (at < 0) return authority;
  const userinfo = authority.slice(0, at);
  const host = authority.slice(at);
  const colon = userinfo.indexOf(':');
  if (colon >= 0) {
    const password = userinfo.slice(colon + 1);
    if (password === '' || isRedacted(password)) return authority;
    const user = userinfo.slice(0, colon);
    // `https://x-access-token:…@`, `https://oauth2:…@`: a token as user name is a secret too.
    const safeUser = looksRandom(user) ? redactionMarker('token') : user;
    return `${safeUser}:${redactionMarker('credentials')}${host}`;
  }
  return looksRandom(decode(userinfo)) ? redactionMarker('token') + host : authority;
}

/**
 * The URL's structure redacted (credentials, secret parameters, tokens after path words),
 * without the text rules; `redactUrl` adds those.
 */
export function redactUrlParts(url: string): string {
  const m = urlShape.exec(url) ?? relativeShape.exec(url);
  if (!m) return url;
  const [, scheme = '', authority = '', path = '', query, fragment] = m;
  return (
    scheme +
    redactUserinfo(authority) +
    redactPath(path) +
    (query === undefined ? '' : '?' + redactQuery(query.slice(1))) +
    (fragment === undefined
      ? ''
      : '#' + (fragment.includes('=') ? redactQuery(fragment.slice(1)) : fragment.slice(1)))
  );
}
