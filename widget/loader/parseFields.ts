// Checks a plain object field by field against small predicates, naming every bad field.
// The loader deliberately does not bundle zod: zod/mini alone is 4.0 KB gzipped, half of the
// loader's 8 KB budget (measured with widget/build.ts), for a dozen string checks. Every later
// stage parses with zod/mini.

export type FieldRule = (value: unknown) => boolean;
export type FieldRules = Record<string, FieldRule>;

export type FieldsResult<T> = { ok: true; value: T } | { ok: false; bad: string[] };

/** A string matching `pattern`, at most `max` characters long. */
export const stringRule =
  (pattern: RegExp, max = 10_000): FieldRule =>
  (value) =>
    typeof value === 'string' && value.length <= max && pattern.test(value);

/** Optional fields: absent ones are skipped, unknown ones are reported. */
export function parseFields<T>(rules: FieldRules, input: unknown): FieldsResult<T> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, bad: ['(argument)'] };
  const bad: string[] = [];
  const value: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(input)) {
    if (raw === undefined) continue;
    const rule = Object.prototype.hasOwnProperty.call(rules, key) ? rules[key] : undefined;
    if (!rule || !rule(raw)) bad.push(key);
    else value[key] = raw;
  }
  return bad.length ? { ok: false, bad } : { ok: true, value: value as T };
}
