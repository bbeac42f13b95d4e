// Parses a plain object field by field with small zod/mini schemas (strings and enums only).
// z.object would cost the loader several kilobytes; this keeps the parsing honest and the
// loader under its 8 KB budget, and names every bad field.
import * as z from 'zod/mini';

export type FieldSchemas = Record<string, z.ZodMiniType<string>>;

export type FieldsResult<T> = { ok: true; value: T } | { ok: false; bad: string[] };

/** Optional fields: absent ones are skipped, unknown ones are reported. */
export function parseFields<T>(schemas: FieldSchemas, input: unknown): FieldsResult<T> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, bad: ['(argument)'] };
  const bad: string[] = [];
  const value: Record<string, string> = {};
  for (const [key, raw] of Object.entries(input)) {
    const schema = schemas[key];
    if (raw === undefined) continue;
    if (!schema || !z.safeParse(schema, raw).success) bad.push(key);
    else value[key] = raw as string;
  }
  return bad.length ? { ok: false, bad } : { ok: true, value: value as T };
}
