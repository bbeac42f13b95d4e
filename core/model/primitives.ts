// Small shared field schemas: ids, instants, bounded text.
import * as z from 'zod/mini';

/** A ULID: 26 Crockford base-32 characters; tickets use it as their idempotency key. */
export const ulidSchema = z
  .string()
  .check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'expected a ULID (26 Crockford base-32 characters)'));

/** An instant as UTC ISO-8601 with milliseconds or seconds (R52). */
export const instantSchema = z.iso.datetime({
  offset: false,
  message: 'expected a UTC ISO-8601 instant',
});

/** A short identifier: letters, digits, `-`, `_`, `.`; used for app ids, category ids, agent ids. */
export const slugSchema = z
  .string()
  .check(
    z.regex(
      /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}$/,
      'expected an id of letters, digits, ".", "_" or "-" (at most 64)',
    ),
  );

/** Text with a length bound, trimmed of nothing: what the user typed is kept as typed. */
export function text(max: number, min = 0) {
  return z.string().check(z.minLength(min), z.maxLength(max));
}

/** A human ticket number given by the hub, e.g. `TD-1042`. */
export const ticketNumberSchema = z
  .string()
  .check(z.regex(/^[A-Z]{1,8}-\d{1,12}$/, 'expected a ticket number like TD-1042'));

/** JSON values an app may attach as its own context (bounded by the caller's size limit). */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const jsonValueSchema: z.ZodMiniType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);
