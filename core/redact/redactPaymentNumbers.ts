// Card numbers (Luhn-checked, known issuer prefixes, usual grouping) and IBANs (mod-97):
// checked digits, so order numbers, timestamps and phone numbers survive.
import { ibanLength, ibanValid } from './ibanValid';
import { luhnValid } from './luhnValid';
import { redactionMarker } from './redactionMarker';

const cardCandidate = /(?<![\w+.,/-]|[\d][ -])\d(?:[ -]?\d){11,18}(?![\w.]?\d|[ -]\d)/g;
const ibanCandidate = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;

/** Issuer prefixes (IIN ranges) of the card networks: Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro. */
function issuerKnown(digits: string): boolean {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if (digits[0] === '4') return true;
  if (two >= 51 && two <= 55) return true;
  if (four >= 2221 && four <= 2720) return true;
  if ([30, 34, 35, 36, 37, 38].includes(two)) return true;
  return digits[0] === '5' || digits[0] === '6';
}

/** Either no separators, or one kind of separator between groups of four (Amex/Diners: 4-6-5, 4-6-4). */
function groupedLikeACard(candidate: string): boolean {
  const seps = candidate.match(/[ -]/g);
  if (!seps) return true;
  if (new Set(seps).size > 1) return false;
  const groups = candidate.split(/[ -]/).map((g) => g.length);
  const shape = groups.join('-');
  if (shape === '4-6-5' || shape === '4-6-4') return true;
  const last = groups.pop()!;
  return groups.length >= 3 && groups.every((g) => g === 4) && last >= 1 && last <= 4;
}

function redactCards(text: string): string {
  return text.replace(cardCandidate, (candidate) => {
    const digits = candidate.replace(/[ -]/g, '');
    return digits.length >= 13 &&
      digits.length <= 19 &&
      issuerKnown(digits) &&
      groupedLikeACard(candidate) &&
      luhnValid(digits)
      ? redactionMarker('card')
      : candidate;
  });
}

function redactIbans(text: string): string {
  return text.replace(ibanCandidate, (candidate) => {
    const length = ibanLength(candidate.slice(0, 2));
    if (length === undefined) return candidate;
    // The candidate may run into the next word: keep what follows the IBAN's own length.
    let seen = 0;
    let end = 0;
    while (end < candidate.length && seen < length) if (candidate[end++] !== ' ') seen++;
    const iban = candidate.slice(0, end).replace(/ /g, '');
    return ibanValid(iban) ? redactionMarker('iban') + candidate.slice(end) : candidate;
  });
}

/**
 * Replaces card numbers and IBANs in `text` with markers.
 * @example redactPaymentNumbers('card 4111 1111 1111 1111, order 4111111111111112') // 'card [REDACTED:card], order 4111111111111112'
 */
export function redactPaymentNumbers(text: string): string {
  return redactIbans(redactCards(text));
}
