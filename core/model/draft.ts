// The ticket draft a client (widget, extension, API) submits; the hub turns it into a ticket.
import * as z from 'zod/mini';
import { pageContextSchema } from './context';
import { impactSchema, sourceSchema, urgencySchema } from './enums';
import { instantSchema, slugSchema, text, ulidSchema } from './primitives';

export const reporterSchema = z.object({
  /** The app's own id for the user (from `Tierdesk.identify`). */
  id: z.optional(text(128, 1)),
  name: z.optional(text(128)),
  email: z.optional(z.email({ message: 'expected an e-mail address' })),
});

export const ticketDraftSchema = z.strictObject({
  /** Client-generated ULID; doubles as the idempotency key of intake. */
  id: ulidSchema,
  app: z.strictObject({
    id: slugSchema,
    version: z.optional(text(64)),
    environment: z.optional(text(32)),
  }),
  source: sourceSchema,
  summary: z
    .string()
    .check(
      z.trim(),
      z.minLength(3, 'summary: write at least 3 characters'),
      z.maxLength(200, 'summary: at most 200 characters'),
    ),
  description: text(10_000),
  impact: impactSchema,
  urgency: urgencySchema,
  reporter: reporterSchema,
  context: z.optional(pageContextSchema),
  /** Known issues the reporter was shown and did not accept (for deflection statistics). */
  shownKnownIssues: z.optional(z.array(slugSchema).check(z.maxLength(20))),
  /** When the user pressed submit, by the client's clock (the hub keeps its own receive time). */
  createdAt: instantSchema,
});

export type Reporter = z.infer<typeof reporterSchema>;
export type TicketDraft = z.infer<typeof ticketDraftSchema>;
