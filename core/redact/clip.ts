// Keeps redacted text within its field's limit: a marker can be longer than what it replaced.

/**
 * `text` cut to at most `max` characters, ending in `…` when cut.
 * @example clip('abcdef', 4) // 'abc…'
 */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, Math.max(0, max - 1)) + '…';
}
