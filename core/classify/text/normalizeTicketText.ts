// Turns raw ticket text into the token stream the model was trained on: lower case, letters only,
// no stop words, without quoted replies, mail headers, URLs, e-mail addresses or long tails.
import { stopWords } from './stopWords';

/** Tokens kept from one ticket: long bodies add little once the first few hundred words are in. */
export const maxTicketTokens = 300;

// Where a reply quotes the previous mail: everything after it is someone else's text.
const quoteStart =
  /^\s*(?:>|-{2,}\s*(?:original message|forwarded message)|on .{4,200} wrote:?\s*$|(?:from|von|de|van|od):\s.+@|sent from my )/i;
// "-- " alone on a line opens a signature (RFC 3676); what follows is contact details.
const signatureStart = /^--\s?$/;
const urlOrMail = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/gi;
// Combining marks left by NFKD, so "réseau" and "reseau" are one word, as in the data set.
const combiningMarks = /[\u0300-\u036f]/g;
const nonLetters = /[^\p{L}]+/u;

/** Drops quoted replies and the signature block of a mail-like body. */
export function stripQuotedReply(text: string): string {
  if (!/[\r\n]/.test(text)) return quoteStart.test(text) ? '' : text;
  const lines = text.split(/\r\n|\r|\n/);
  const kept: string[] = [];
  for (const line of lines) {
    if (quoteStart.test(line) || signatureStart.test(line)) break;
    kept.push(line);
  }
  return kept.join('\n');
}

// Classification runs per ticket at ≥ 20k tickets/s: plain ASCII text (most tickets, and all of
// the training data) skips Unicode normalisation and the Unicode-aware split.
const nonAscii = /[^\t-~]/;

function pushWords(cleaned: string, tokens: string[], maxTokens: number): void {
  if (nonAscii.test(cleaned)) {
    for (const word of cleaned.split(nonLetters)) {
      if (tokens.length >= maxTokens) return;
      if (word.length > 0 && !stopWords.has(word)) tokens.push(word);
    }
    return;
  }
  let start = -1;
  for (let i = 0; i <= cleaned.length; i++) {
    const c = i < cleaned.length ? cleaned.charCodeAt(i) : 0;
    const letter = c >= 97 && c <= 122;
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      const word = cleaned.slice(start, i);
      start = -1;
      if (!stopWords.has(word)) {
        tokens.push(word);
        if (tokens.length >= maxTokens) return;
      }
    }
  }
}

/**
 * Raw ticket text → model tokens.
 * @example normalizeTicketText('Can\'t log in to VPN since 09:00!') // ['log', 'vpn', 'since']
 */
export function normalizeTicketText(text: string, maxTokens = maxTicketTokens): string[] {
  let cleaned = stripQuotedReply(text);
  if (/@|:\/\/|www\./i.test(cleaned)) cleaned = cleaned.replace(urlOrMail, ' ');
  if (nonAscii.test(cleaned)) cleaned = cleaned.normalize('NFKD').replace(combiningMarks, '');
  const tokens: string[] = [];
  pushWords(cleaned.toLowerCase(), tokens, maxTokens);
  return tokens;
}
