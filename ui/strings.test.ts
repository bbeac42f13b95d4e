import { describe, expect, it } from 'vitest';
import { locales, stringsFor } from './strings';

function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'fn';
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, shape(v)])
        .sort(),
    );
  return typeof value;
}

describe('strings', () => {
  it('has every key in every language', () => {
    expect(shape(locales.de)).toEqual(shape(locales.en));
  });

  it('picks the language of a locale tag, English otherwise', () => {
    expect(stringsFor('de-AT').close).toBe('Schließen');
    expect(stringsFor('fr').close).toBe('Close');
    expect(stringsFor(undefined).close).toBe('Close');
  });

  it('has no empty strings', () => {
    const empties: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'string' && v.trim() === '') empties.push(path);
      else if (typeof v === 'object' && v)
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(locales, 'locales');
    expect(empties).toEqual([]);
  });

  it('has German for every English string (not a copy of the English)', () => {
    // Words that are the same in both languages; anything else equal to English is untranslated.
    const same = new Set(['description']);
    const copies: string[] = [];
    const walk = (en: unknown, de: unknown, path: string) => {
      if (typeof en === 'function' && typeof de === 'function') {
        for (const n of [0, 1, 2]) if (en(n) === de(n)) copies.push(`${path}(${n})`);
      } else if (typeof en === 'string') {
        if (en === de && !same.has(path)) copies.push(path);
      } else if (typeof en === 'object' && en) {
        const other = de as Record<string, unknown>;
        for (const [k, v] of Object.entries(en)) walk(v, other[k], path ? `${path}.${k}` : k);
      }
    };
    walk(locales.en, locales.de, '');
    expect(copies).toEqual([]);
    expect(locales.de.lang).toBe('de');
  });
});
