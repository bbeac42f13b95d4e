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
  const lines = text.split(/\r\n|\r|\n/);
  const kept: string[] = [];
  for (const line of lines) {
    if (quoteStart.test(line) || signatureStart.test(line)) break;
    kept.push(line);
  }
  return kept.join('\n');
}

/**
 * Raw ticket text → model tokens.
 * @example normalizeTicketText('Can\'t log in to VPN since 09:00!') // ['log', 'vpn', 'since']
 */
export function normalizeTicketText(text: string, maxTokens = maxTicketTokens): string[] {
  const cleaned = stripQuotedReply(text)
    .replace(urlOrMail, ' ')
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .toLowerCase();
  const tokens: string[] = [];
  for (const word of cleaned.split(nonLetters)) {
    if (word.length === 0 || stopWords.has(word)) continue;
    tokens.push(word);
    if (tokens.length >= maxTokens) break;
  }
  return tokens;
}
