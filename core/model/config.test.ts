import { describe, expect, it } from 'vitest';
import { parseWith } from './parse';
import { tierdeskConfigSchema } from './config';
import { defaultConfig } from '../config/defaultConfig';

const app = {
  id: 'payroll',
  name: 'Payroll',
  intakeKeys: ['pk_payroll_0123456789'],
  allowedOrigins: ['https://payroll.example'],
};

describe('tierdeskConfigSchema', () => {
  it('accepts the default configuration with an app', () => {
    expect(parseWith(tierdeskConfigSchema, { ...defaultConfig, apps: [app] }).ok).toBe(true);
  });
  it('names each mistake', () => {
    const r = parseWith(tierdeskConfigSchema, {
      ...defaultConfig,
      apps: [{ ...app, intakeKeys: ['secret'], allowedOrigins: ['https://payroll.example/path'] }],
      workflow: { ...defaultConfig.workflow, confidenceThreshold: 2 },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path).sort()).toEqual([
        'apps.0.allowedOrigins.0',
        'apps.0.intakeKeys.0',
        'workflow.confidenceThreshold',
      ]);
    }
  });
  it('rejects an unknown top-level key (a typo is not silently ignored)', () => {
    const r = parseWith(tierdeskConfigSchema, { ...defaultConfig, aps: [] });
    expect(r.ok).toBe(false);
  });
});
