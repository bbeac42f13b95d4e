// Scrubs secrets out of any text a page, an app or a user produced: URLs inside it get
// `redactUrl`'s treatment, form bodies their parameter names, the rest `redactSecrets`.
import type { RedactionOptions } from './redactionOptions';
import { redactSecrets } from './redactSecrets';
import { redactQuery, redactUrlParts } from './redactUrlParts';

/** URLs in prose end before whitespace, quotes, brackets and trailing punctuation. */
const urlInText = /\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s"'<>`()[\]{}]+[^\s"'<>`()[\]{}.,;:!?]/gi;

/** Relative URLs with a query (`/login?next=…`), as request logs and console messages print them. */
const relativeUrlInText = /(?<![\w.:/%-])\/[^\s?#"'<>`]*\?[^\s"'<>`]+/g;

/** `a=1&b=2…` runs: form bodies and bare query strings (at least two pairs). */
const formBody = /(?<![\w.%[\]-])(?:[\w.%[\]-]+=[^&=\s"'<>]*=*&)+[\w.%[\]-]+=[^&=\s"'<>]*=*/g;

/**
 * `text` with secrets replaced by visible markers such as `[REDACTED:jwt]`.
 * @example redactText('Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln') // 'Authorization: Bearer [REDACTED:bearer]'
 * @example redactText('password reset for TD-1042') // 'password reset for TD-1042'
 */
export function redactText(text: string, options: RedactionOptions = {}): string {
  let out = text;
  if (out.includes('://')) out = out.replace(urlInText, (url) => redactUrlParts(url));
  if (out.includes('?')) out = out.replace(relativeUrlInText, (url) => redactUrlParts(url));
  if (out.includes('&')) out = out.replace(formBody, (body) => redactQuery(body));
  return redactSecrets(out, options);
}
