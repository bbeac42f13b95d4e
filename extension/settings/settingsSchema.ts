// What setup stores: the hub, how this browser signs in (agent token or reporter intake key), and
// the optional console capture. Parsed on every read: storage written by an older build may differ.
import * as z from 'zod/mini';
import { roleSchema } from '@tierdesk/core/model/enums';
import { slugSchema } from '@tierdesk/core/model/primitives';

export const hubUrlSchema = z
  .string()
  .check(
    z.regex(/^https?:\/\/[^/\s?#]+\/?$/, 'hubUrl: expected an origin like https://hub.example'),
  );

export const settingsSchema = z.object({
  hubUrl: hubUrlSchema,
  mode: z.enum(['agent', 'reporter']),
  /** Agent mode: `td_…`, sent as `Authorization: Bearer`. */
  token: z.optional(z.string().check(z.regex(/^td_[A-Za-z0-9_-]{8,200}$/, 'token: expected td_…'))),
  /** Reporter mode: the intake key `pk_…` of the app reports go to. */
  intakeKey: z.optional(
    z.string().check(z.regex(/^pk_[A-Za-z0-9_-]{8,128}$/, 'intakeKey: expected pk_…')),
  ),
  /** The hub app id reports from this extension are filed under. */
  reportApp: slugSchema,
  /** Who the token belongs to (from `/v1/me` at setup). */
  me: z.optional(z.object({ id: z.string(), name: z.string(), role: roleSchema })),
  /** Whether the user granted console-error capture on every page. */
  consoleCapture: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Normalises a hub URL to its origin without the trailing slash. */
export function hubOrigin(url: string): string {
  return new URL(url).origin;
}
