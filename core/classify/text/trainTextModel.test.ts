import { describe, expect, it } from 'vitest';
import { smallCorpus, smallModel } from '../testing/smallCorpus';
import { trainTextModel } from './trainTextModel';

describe('trainTextModel', () => {
  it('trains a model that separates the labels and reports validation figures', () => {
    const { model, validation, validationRows } = smallModel();
    expect(model.labels).toEqual(['Access', 'Hardware', 'Purchase']);
    expect(model.categories).toEqual({
      Access: 'access_permissions',
      Hardware: 'hardware',
      Purchase: 'purchase',
    });
    expect(validation.accuracy).toBeGreaterThan(0.9);
    expect(validationRows).toHaveLength(18);
    expect(model.temperature).toBeGreaterThan(0);
    expect(model.training).toMatchObject({ rows: 90, splitSeed: 42, refitOnAll: false });
  });

  it('is reproducible: the same rows and options give the same model', () => {
    const options = { features: { bits: 12 }, fit: { epochs: 2 } };
    const a = trainTextModel(smallCorpus(2), options).model;
    const b = trainTextModel(smallCorpus(2), options).model;
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.temperature).toBe(b.temperature);
  });

  it('maps labels without a given category to themselves', () => {
    const { model } = trainTextModel(smallCorpus(2), {
      features: { bits: 12 },
      fit: { epochs: 1 },
    });
    expect(model.categories.Hardware).toBe('Hardware');
  });

  it('refuses data it cannot learn from', () => {
    expect(() => trainTextModel([])).toThrow(/no rows/);
    expect(() => trainTextModel([{ text: 'a b', label: 'x' }])).toThrow(/at least two labels/);
  });
});
