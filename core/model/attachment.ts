// Attachment metadata: the bytes live in the hub's store; tickets carry only this.
import * as z from 'zod/mini';
import { instantSchema, text, ulidSchema } from './primitives';

/** The only attachment types accepted; the hub checks the bytes, not the declared type. */
export const attachmentTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const maxAttachmentBytes = 8 * 1024 * 1024;

export const attachmentMetaSchema = z.object({
  id: ulidSchema,
  kind: z.enum(['screenshot', 'file']),
  contentType: z.enum(attachmentTypes),
  bytes: z.int().check(z.positive(), z.lte(maxAttachmentBytes)),
  /** SHA-256 of the bytes, hex. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected a hex SHA-256')),
  name: z.optional(text(255)),
  width: z.optional(z.int().check(z.positive())),
  height: z.optional(z.int().check(z.positive())),
  /** What the reporter blacked out or highlighted, kept for the agent's context. */
  annotations: z.optional(z.int().check(z.gte(0))),
  createdAt: instantSchema,
});

export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;
