// A path parameter naming a stored thing (ticket, attachment, known issue), checked against the
// shape such ids have: a malformed one names nothing, so it is "not found" without asking the
// store (where it could fail: PostgreSQL text refuses U+0000, for one).
import { slugSchema, ulidSchema } from '@tierdesk/core';
import * as z from 'zod/mini';

const shapes = { ulid: ulidSchema, slug: slugSchema } as const;

/** `raw` when it has the shape of the ids of `kind`, else null (nothing can have that id). */
export function storedId(raw: string, kind: keyof typeof shapes): string | null {
  return z.safeParse(shapes[kind], raw).success ? raw : null;
}
