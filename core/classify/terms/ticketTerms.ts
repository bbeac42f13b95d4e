// The content words of a ticket for comparing tickets with each other or with known issues:
// the model's normalisation, a light stemmer (so "loading" meets "loads"), a few synonyms from
// how people write tickets, and without greeting and sign-off words every mail has.
import { normalizeTicketText } from '../text/normalizeTicketText';

// Words every ticket mail has; they make unrelated tickets look alike.
const filler = new Set(
  'hi hello dear please thanks thank regards kind best cheers team help issue problem hey also get got would could cannot cant unable able still since today yesterday morning trying tried'.split(
    ' ',
  ),
);

// Written differently, meant the same (after stemming).
const synonyms: Record<string, string> = {
  logon: 'login',
  signin: 'login',
  sign: 'login',
  log: 'login',
  email: 'mail',
  mailbox: 'mail',
  outlook: 'mail',
  wifi: 'wireless',
  wlan: 'wireless',
  pwd: 'password',
  passwd: 'password',
  pw: 'password',
  passcode: 'password',
  laptop: 'computer',
  pc: 'computer',
  notebook: 'computer',
  hang: 'freez',
  hung: 'freez',
  stuck: 'freez',
};

/** A light English stemmer: enough to meet inflections, never a dictionary. */
export function stemTerm(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // Own keys only: `constructor` or `__proto__` must not come back as Object's (issue 9's XSS run).
  return Object.hasOwn(synonyms, w) ? synonyms[w]! : w;
}

/**
 * Distinct stemmed content words of the text, in order of first appearance, at most `limit`.
 * @example ticketTerms('Payroll page keeps loading forever') // ['payroll', 'page', 'keep', 'load', 'forever']
 */
export function ticketTerms(text: string, limit = 60): string[] {
  const seen = new Set<string>();
  for (const token of normalizeTicketText(text)) {
    if (token.length < 2 || filler.has(token)) continue;
    seen.add(stemTerm(token));
    if (seen.size >= limit) break;
  }
  return [...seen];
}
