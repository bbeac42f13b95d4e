import { describe, expect, it } from 'vitest';
import { escalationNotesDraft, higherTiers } from './escalationNotes';

describe('escalationNotesDraft', () => {
  it('lists the ticked runbook steps as the start of the notes', () => {
    expect(escalationNotesDraft(['Unlock the account', 'Reset the password'])).toBe(
      'Tried (runbook):\n- Unlock the account\n- Reset the password\n\n',
    );
    expect(escalationNotesDraft([])).toBe('');
  });
  it('offers only higher tiers', () => {
    expect(higherTiers('L1')).toEqual(['L2', 'L3']);
    expect(higherTiers('L3')).toEqual([]);
  });
});
