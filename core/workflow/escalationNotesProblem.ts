// Escalation notes must say what was already tried (DESIGN.md, Workflow): this tells blank,
// punctuation-only, repeated or too-short notes apart from ones a next tier can use.

/**
 * Why `notes` would not help the next tier, or `null` when they are fine.
 * Only distinct words count towards `minLength`, so "test test test test" stays too short.
 * @example escalationNotesProblem('asdf asdf asdf asdf', 15) // 'The escalation notes repeat …'
 * @example escalationNotesProblem('Reset the password, sign-in still fails', 15) // null
 */
export function escalationNotesProblem(notes: string, minLength: number): string | null {
  const words = notes.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const letters = new Set(notes.toLowerCase().match(/\p{L}/gu) ?? []);
  if (letters.size === 0) {
    return 'The escalation notes need words: say what was already tried.';
  }
  const distinct = [...new Set(words)];
  const said = distinct.join(' ').length;
  if (distinct.length < 2 || letters.size < 5 || said < minLength) {
    return words.length > distinct.length && words.length >= 2
      ? `The escalation notes repeat themselves: say what was already tried, in at least ${minLength} characters.`
      : `The escalation notes are too short: say what was already tried, in at least ${minLength} characters.`;
  }
  return null;
}
