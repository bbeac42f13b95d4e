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
});
