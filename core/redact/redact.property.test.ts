// Property-based tests of redaction: planted secrets are caught in any surroundings, look-alikes
// survive them, and redaction never throws and is stable on its own output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookAlikes } from './corpus/lookAlikes';
import { plantedSecrets } from './corpus/plantedSecrets';
import { redactText } from './redactText';
import { redactUrl } from './redactUrl';

/** Ordinary words and punctuation that a log line or a description surrounds secrets with. */
const filler = fc
  .array(
    fc.constantFrom(
      'the',
      'page',
      'TD-1042',
      'failed',
      'at',
      '09:15',
      'ok',
      '—',
      'v3.2.1',
      '(',
      ')',
      ':',
      'user',
      '200',
    ),
    {
      maxLength: 8,
    },
  )
  .map((words) => words.join(' '));
const gap = fc.constantFrom(' ', '\n', '\t', ' | ', '; ');

describe('redaction on generated input', () => {
  it('catches every planted secret wherever it sits in a text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...plantedSecrets),
        filler,
        gap,
        filler,
        gap,
        (s, before, g1, after, g2) => {
          const out = redactText(before + g1 + s.text + g2 + after);
          expect(out).not.toContain(s.secret);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps look-alikes wherever they sit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...lookAlikes), filler, gap, filler, (l, before, g, after) => {
        const text = before + g + l.text + g + after;
        expect(redactText(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws and is stable on its own output, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const once = redactText(text);
        expect(redactText(once)).toBe(once);
        expect(typeof redactUrl(text)).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });

  it('is stable on several secrets in one text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...plantedSecrets), { minLength: 2, maxLength: 5 }),
        gap,
        (many, g) => {
          const once = redactText(many.map((s) => s.text).join(g));
          for (const s of many) expect(once).not.toContain(s.secret);
          expect(redactText(once)).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
  });
});
