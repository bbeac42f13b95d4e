import { describe, expect, it } from 'vitest';
import { redactText } from '../redactText';
import { plantedSecrets } from './plantedSecrets';

/** Pieces of the secret long enough to matter if a rule cut it in two. */
function leaks(secret: string, output: string): string[] {
  if (output.includes(secret)) return [secret];
  const found: string[] = [];
  const width = 12;
  for (let i = 0; i + width <= secret.length; i++) {
    const piece = secret.slice(i, i + width);
    if (output.includes(piece)) found.push(piece);
  }
  return found;
}

describe('the planted-secrets corpus', () => {
  it('holds at least 100 secrets of many kinds', () => {
    expect(plantedSecrets.length).toBeGreaterThanOrEqual(100);
    expect(new Set(plantedSecrets.map((s) => s.kind)).size).toBeGreaterThanOrEqual(25);
    for (const s of plantedSecrets) expect(s.text).toContain(s.secret);
  });

  it('is caught entirely by redactText', () => {
    const leaked = plantedSecrets
      .map((s) => ({
        ...s,
        output: redactText(s.text),
        pieces: leaks(s.secret, redactText(s.text)),
      }))
      .filter((s) => s.pieces.length > 0)
      .map((s) => `${s.kind}: ${s.output}`);
    expect(leaked).toEqual([]);
  });

  it('leaves a marker where each secret was, and a second pass changes nothing', () => {
    for (const s of plantedSecrets) {
      const once = redactText(s.text);
      expect(once, s.text).toMatch(/\[REDACTED:[a-z_]+\]|%5BREDACTED%3A/);
      expect(redactText(once)).toBe(once);
    }
  });
});
