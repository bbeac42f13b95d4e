// Scrubs secrets out of free text (console messages, error stacks, descriptions, bodies):
// authorization headers, session cookies, provider tokens, `name: value` pairs with secret
// names, card numbers, IBANs and the team's own patterns. URLs are `redactUrl`'s job.
import type { RedactionOptions } from './redactionOptions';
import { isRedacted, redactionMarker, type RedactionKind } from './redactionMarker';
import { redactPaymentNumbers } from './redactPaymentNumbers';
import {
  nameSuffixSource,
  secretNameKind,
  sessionCookieName,
  strongNameSource,
} from './secretNames';
import { tokenRules, type TokenRule } from './tokenRules';

const authHeader =
  /(\b(?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["']?)(?:(bearer|basic|digest|token|negotiate|ntlm|apikey|bot|aws4-hmac-sha256|sharedkey)[ \t]+)?((?:(?!(?:proxy-)?authorization)[^\r\n])+)/gi;

const cookieHeader = /(\b(?:set-)?cookie["']?[ \t]*:[ \t]*["']?)([^"'\r\n]+)/gi;

/**
 * `"password": "…"`, `password=…`, `X-Api-Key: …`, `'secret' => '…'`. A space before `:` only
 * after a quoted name: "invalid token : user" is prose.
 */
const namedValue = new RegExp(
  `(?<![\\w./\\\\-])(["']?)([\\w.-]*?(?:${strongNameSource})${nameSuffixSource})\\1((?<=["'])[ \\t]*:[ \\t]*|:[ \\t]*|[ \\t]*=>?[ \\t]*)` +
    `("(?:[^"\\\\\\r\\n]|\\\\.)*"|'[^'\\r\\n]*'|[^\\s"'&;,<>(){}\\[\\]]+)`,
  'gi',
);

/** `<password>…</password>` in XML and SOAP bodies. */
const xmlElement = new RegExp(
  `(<([\\w:.-]*?(?:${strongNameSource})${nameSuffixSource})>)([^<]+)(</\\2>)`,
  'gi',
);

/** "my password is Sommer2024!": only a value with a digit, a symbol or inner capitals (prose is lower case). */
const passwordInProse =
  /(\b(?:password|passwort|passwd|pwd|pin|passcode)\s+(?:is|was|=|ist|war)\s+)(\S+)/gi;

/** Words that follow "Password:" in prose, not a password. */
const proseWords =
  /^(?:is|was|the|a|an|i|my|your|not|no|none|null|true|false|undefined|nil|reset|expired|required|invalid|incorrect|wrong|changed|forgot|forgotten|missing|empty|field|please|policy|must|should|will|can|cannot|does|did|has|have|had|correct|still|now|too|very|fine|ok|okay|working|accepted|rejected|same|different|locked|blocked|valid|new|old|temporary|unknown|also|just|only|always|never|set|being|failed|denied|error|header|granted|pending|needed|for|of|to|in|on|and|or|but|\(?none\)?|\*+|•+|x+)$/i;

/** A value behind a secret name that is no secret: empty, a marker, null/boolean, or prose. */
function keepValue(value: string, separator: string): boolean {
  const bare = value.replace(/^["']|["']$/g, '');
  if (bare === '' || isRedacted(value)) return true;
  if (/^["']/.test(value)) return /^\*+$/.test(bare);
  return (
    proseWords.test(bare) || (separator.includes(':') && bare.length < 3 && /^[a-z]+$/i.test(bare))
  );
}

function redactCookies(cookies: string): string {
  // RFC 6265: a cookie value has no spaces, commas, semicolons or quotes.
  return cookies.replace(/([^=;,\s]+)=([^;,\s"]*)/g, (pair, name: string, value: string) =>
    sessionCookieName(name) && value !== '' && !isRedacted(value)
      ? `${name}=${redactionMarker('session')}`
      : pair,
  );
}

/** `Authorization: <scheme> <credentials>` in headers, JSON and code; the scheme stays visible. */
function redactAuthHeaders(text: string): string {
  return text.replace(
    authHeader,
    (whole, head: string, scheme: string | undefined, line: string) => {
      // Quoted (JSON, code): the value ends at the closing quote; a header ends with its line.
      const quote = /["']$/.test(head) ? head[head.length - 1]! : '';
      const end = quote ? line.indexOf(quote) : -1;
      let value = end < 0 ? line : line.slice(0, end);
      // One-token schemes end at a space; Digest and unknown ones take the line (up to the
      // next authorization header).
      if (scheme && /^(?:bearer|basic|token|apikey|bot|ntlm|negotiate)$/i.test(scheme)) {
        value = value.split(/\s/)[0] ?? '';
      }
      const bare = value.trim();
      const firstWord = (bare.split(/\s/)[0] ?? '').replace(/[.,;:!?)]+$/, '');
      if (bare === '' || isRedacted(bare) || (!scheme && proseWords.test(firstWord))) return whole;
      const kind: RedactionKind = scheme?.toLowerCase() === 'bearer' ? 'bearer' : 'credentials';
      const rest = line.slice(value.length);
      return `${head}${scheme ? scheme + ' ' : ''}${redactionMarker(kind)}${rest}`;
    },
  );
}

/** One scan that says whether any token rule could match (a superset: every rule, case-insensitive). */
const anyToken = new RegExp(
  tokenRules
    .slice(1)
    .map((r) => `(?:${r.pattern.source})`)
    .join('|'),
  'i',
);

function applyTokenRules(text: string, rules: readonly TokenRule[]): string {
  let out = text;
  for (const rule of rules) {
    out = out.replace(rule.pattern, (match: string, kept?: unknown) => {
      if (rule.check && !rule.check(match)) return match;
      const prefix = rule.keep && typeof kept === 'string' ? kept : '';
      return prefix + redactionMarker(rule.kind);
    });
  }
  return out;
}

function withGlobal(pattern: RegExp): RegExp {
  return pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
}

/**
 * `text` with every secret it recognises replaced by a marker such as `[REDACTED:jwt]`.
 * @example redactSecrets('{"password": "hunter2"}') // '{"password": "[REDACTED:password]"}'
 */
export function redactSecrets(text: string, options: RedactionOptions = {}): string {
  // Cheap literal checks first: most text holds no secret, and every skipped scan counts on
  // the hub's intake path (DESIGN.md: ≥ 1,000 tickets/s).
  let out = text;
  if (out.includes('PRIVATE KEY')) out = applyTokenRules(out, tokenRules.slice(0, 1));
  if (/authoriz/i.test(out)) out = redactAuthHeaders(out);
  if (/cookie/i.test(out)) {
    out = out.replace(
      cookieHeader,
      (_, head: string, cookies: string) => head + redactCookies(cookies),
    );
  }
  if (anyToken.test(out)) out = applyTokenRules(out, tokenRules.slice(1));
  if (/[:=]/.test(out)) {
    out = out.replace(
      namedValue,
      (whole, quote: string, name: string, separator: string, value: string) => {
        if (keepValue(value, separator)) return whole;
        const kind = secretNameKind(name) ?? 'secret';
        const q = /^["']/.test(value) ? value[0]! : '';
        return `${quote}${name}${quote}${separator}${q}${redactionMarker(kind)}${q}`;
      },
    );
  }
  if (out.includes('</')) {
    out = out.replace(
      xmlElement,
      (whole, open: string, name: string, value: string, close: string) =>
        keepValue(value, '')
          ? whole
          : `${open}${redactionMarker(secretNameKind(name) ?? 'secret')}${close}`,
    );
  }
  if (/pass|pwd|pin/i.test(out)) {
    out = out.replace(passwordInProse, (whole, head: string, value: string) => {
      const bare = value.replace(/[.,;:!?)"']+$/, '');
      return keepValue(bare, '') || bare.length < 4 || !/\d|[^\w\s]|[a-z][A-Z]/.test(bare)
        ? whole
        : head + redactionMarker('password') + value.slice(bare.length);
    });
  }
  if (/\d{4}/.test(out)) out = redactPaymentNumbers(out);
  for (const pattern of options.extraPatterns ?? []) {
    out = out.replace(withGlobal(pattern), (match) =>
      match === '' || isRedacted(match) ? match : redactionMarker('custom'),
    );
  }
  return out;
}
