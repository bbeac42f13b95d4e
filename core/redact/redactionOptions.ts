// Options every redaction function takes: the team's own secret shapes on top of the built-in ones.

export interface RedactionOptions {
  /** Extra secret shapes (an internal token format, employee ids …); each match becomes `[REDACTED:custom]`. */
  extraPatterns?: RegExp[];
}

/**
 * Reads extra patterns from configuration text (regex sources), skipping invalid ones.
 * @example redactionOptionsFrom(['EMP-\\d{6}']).extraPatterns?.[0]?.test('EMP-123456') // true
 */
export function redactionOptionsFrom(sources: readonly string[]): RedactionOptions {
  const extraPatterns: RegExp[] = [];
  for (const source of sources) {
    try {
      extraPatterns.push(new RegExp(source, 'g'));
    } catch {
      // An invalid pattern in the configuration must not stop redaction of everything else.
    }
  }
  return { extraPatterns };
}
