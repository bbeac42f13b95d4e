// The Luhn check digit test that tells a card number from any other long number.

/**
 * True when the digits pass the Luhn (mod 10) check.
 * @example luhnValid('4111111111111111') // true
 * @example luhnValid('4111111111111112') // false
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
