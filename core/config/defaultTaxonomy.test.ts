import { describe, expect, it } from 'vitest';
import { defaultTaxonomy, needsTriageCategory } from './defaultTaxonomy';

describe('defaultTaxonomy', () => {
  it('covers the categories of DESIGN.md at their tiers', () => {
    const tierOf = Object.fromEntries(defaultTaxonomy.map((c) => [c.id, c.tier]));
    for (const id of [
      'password_reset',
      'account_lockout',
      'software_install',
      'email',
      'printer',
      'how_to',
    ])
      expect(tierOf[id]).toBe('L1');
    for (const id of [
      'access_permissions',
      'shared_drive',
      'backup_restore',
      'network',
      'patches',
      'app_defect',
    ])
      expect(tierOf[id]).toBe('L2');
    for (const id of ['server', 'database', 'cloud', 'outage', 'problem', 'security'])
      expect(tierOf[id]).toBe('L3');
    expect(tierOf[needsTriageCategory]).toBe('L1');
  });
  it('has unique ids and a runbook for every category', () => {
    const ids = defaultTaxonomy.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of defaultTaxonomy) expect(c.runbook.length, c.id).toBeGreaterThan(0);
  });
});
