// A ULID for a new ticket: 48-bit time + 80 random bits in Crockford base-32. The id doubles as
// the idempotency key. Written here (a dozen lines) instead of bundling a 1.5 KB gz library.

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * @param now epoch milliseconds
 * @param random fills a byte array with randomness (`crypto.getRandomValues`)
 * @example newUlid(0, (b) => b.fill(0)) // '00000000000000000000000000'
 */
export function newUlid(now: number, random: (bytes: Uint8Array) => Uint8Array): string {
  let time = '';
  let t = Math.floor(now);
  for (let i = 0; i < 10; i++) {
    time = alphabet[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = random(new Uint8Array(16));
  let rest = '';
  for (let i = 0; i < 16; i++) rest += alphabet[bytes[i]! % 32];
  return time + rest;
}
