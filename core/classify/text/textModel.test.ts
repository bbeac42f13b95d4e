import { describe, expect, it } from 'vitest';
import { smallModel } from '../testing/smallCorpus';
import { loadTextModel, storeTextModel, TextModelError } from './textModel';

describe('text model files', () => {
  const { model } = smallModel();
  const stored = JSON.parse(JSON.stringify(storeTextModel(model)));

  it('round-trips through JSON', () => {
    const back = loadTextModel(stored);
    expect(back.labels).toEqual(model.labels);
    expect(back.weights).toHaveLength(model.weights.length);
  });

  it('names the problem with a model of another format, version or a damaged one', () => {
    expect(() => loadTextModel('x')).toThrow(TextModelError);
    expect(() => loadTextModel({ ...stored, format: 'other' })).toThrow(/format is "other"/);
    expect(() => loadTextModel({ ...stored, version: 1 })).toThrow(/version 1 is not supported/);
    expect(() => loadTextModel({ ...stored, temperature: -1 })).toThrow(/temperature/);
    expect(() => loadTextModel({ ...stored, bias: [0] })).toThrow(
      /bias has 1 entries for 3 labels/,
    );
    expect(() => loadTextModel({ ...stored, categories: {} })).toThrow(/no entry for label/);
    expect(() =>
      loadTextModel({ ...stored, weights: { ...stored.weights, data: 'AAAA' } }),
    ).toThrow(/weights are damaged/);
  });
});
