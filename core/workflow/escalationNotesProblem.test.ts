import { describe, expect, it } from 'vitest';
import { escalationNotesProblem } from './escalationNotesProblem';

describe('escalationNotesProblem', () => {
  it('accepts notes that say what was tried', () => {
    for (const notes of [
      'Reset the password, sign-in still fails',
      'Neustartversuch erfolglos, VPN-Client neu installiert',
      'Reset password, reset password again: still locked',
      'Cleared the print queue and reinstalled the driver',
    ]) {
      expect(escalationNotesProblem(notes, 15), notes).toBeNull();
    }
  });

  it('rejects blank, punctuation-only and digit-only notes', () => {
    for (const notes of ['', '    ', '..............', '?!?!?!?!?!?!?!?!', '1234 5678 9012 3456']) {
      expect(escalationNotesProblem(notes, 15), notes).toMatch(/need words/);
    }
  });

  it('rejects repeats and keyboard mashing of few letters', () => {
    expect(escalationNotesProblem('asdf asdf asdf asdf', 15)).toMatch(/repeat/);
    expect(escalationNotesProblem('test test test test test', 15)).toMatch(/repeat/);
    expect(escalationNotesProblem('see above see above', 15)).toMatch(/repeat/);
    expect(escalationNotesProblem('abab abba baba baab', 15)).toMatch(/short/);
    expect(escalationNotesProblem('aaaaaaaaaaaaaaaaaaaaaaaa', 15)).toMatch(/short/);
  });

  it('applies the configured minimum to the distinct words', () => {
    expect(escalationNotesProblem('Rebooted it', 15)).toMatch(/at least 15 characters/);
    expect(escalationNotesProblem('Rebooted it', 5)).toBeNull();
  });
});
