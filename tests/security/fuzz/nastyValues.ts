// Values that break careless parsers: wrong types, empty and huge strings, lone surrogates,
// NUL, numbers JSON cannot hold, markup, path tricks, prototype keys, deep nesting.
import fc from 'fast-check';

export const nastyStrings = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\uffff',
  'NaN',
  '-1',
  '1e309',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE tickets; --",
  '../../etc/passwd',
  '%00',
  '%',
  '%E0%A4%A',
  'TD-1001',
  '01ARZ3NDEKTSV4RRFFQ69G5FAV',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '👩‍👩‍👧‍👦'.repeat(50),
  'a'.repeat(20_001),
];

/** A JSON value built to hit the corners of a schema. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...nastyStrings) },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.double() },
  {
    weight: 1,
    arbitrary: fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -0, [], {}) },
  { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 20 }), { maxLength: 60 }) },
);

/** A header value a real client could send (Latin-1, no line breaks). */
export const headerValue: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(
      '',
      'Bearer',
      'Bearer ',
      'Bearer td_',
      'td_x',
      'rt_x',
      'pk_x',
      '*',
      'null',
      '%00',
    ),
    fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
  )
  .map((s) =>
    [...s]
      .map((ch) => (/^[\x20-\x7e\xa0-\xff]$/.test(ch) ? ch : 'x'))
      .join('')
      .trim(),
  );

/** `depth` nested arrays around a value (JSON parsers and validators that recurse). */
export function nested(depth: number): string {
  return '['.repeat(depth) + '1' + ']'.repeat(depth);
}
