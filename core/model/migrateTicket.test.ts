import { describe, expect, it } from 'vitest';
import { migrateTicket } from './migrateTicket';
import { sampleTicket } from '../testing/sampleTicket';

describe('migrateTicket', () => {
  it('reads a current ticket unchanged', () => {
    const t = sampleTicket();
    expect(migrateTicket(t)).toEqual({ ok: true, value: t });
  });

  it('reads a version-1 ticket (before runbooks and major incidents)', () => {
    const { runbookDone: _r, knownIssueId: _k, majorIncident: _m, ...rest } = sampleTicket();
    const v1 = { ...rest, schemaVersion: 1 };
    const result = migrateTicket(v1);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.schemaVersion).toBe(2);
      expect(result.value.runbookDone).toEqual([]);
      expect(result.value.majorIncident).toBe(false);
      expect(result.value.knownIssueId).toBeNull();
    }
  });

  it('names the problem for a version from the future or no version', () => {
    const future = migrateTicket({ ...sampleTicket(), schemaVersion: 99 });
    expect(future.ok).toBe(false);
    if (!future.ok)
      expect(future.message).toMatch(/^schemaVersion: expected an integer from 1 to 2/);
    const none = migrateTicket({ id: 'x' });
    expect(none.ok).toBe(false);
    expect(migrateTicket(null).ok).toBe(false);
  });

  it('names the field of a corrupted stored ticket', () => {
    const result = migrateTicket({ ...sampleTicket(), priority: 'P9' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('priority');
  });
});
