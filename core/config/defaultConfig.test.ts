import { describe, expect, it } from 'vitest';
import { parseWith } from '../model/parse';
import { tierdeskConfigSchema } from '../model/config';
import { defaultConfig } from './defaultConfig';

describe('defaultConfig', () => {
  it('is a valid configuration', () => {
    const r = parseWith(tierdeskConfigSchema, defaultConfig);
    expect(r.ok ? 'valid' : r.message).toBe('valid');
  });
});
