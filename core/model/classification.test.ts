import { describe, expect, it } from 'vitest';
import { parseWith } from './parse';
import { classificationSchema } from './classification';

describe('classificationSchema', () => {
  it('keeps confidence within 0…1', () => {
    const c = { category: 'network', tier: 'L2', confidence: 0.7, needsTriage: false, reasons: [] };
    expect(parseWith(classificationSchema, c).ok).toBe(true);
    expect(parseWith(classificationSchema, { ...c, confidence: 1.2 }).ok).toBe(false);
  });
});
