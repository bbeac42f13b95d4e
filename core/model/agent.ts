// Agents and the actors that change tickets (agents, reporters, the hub itself).
import * as z from 'zod/mini';
import { roleSchema } from './enums';
import { instantSchema, slugSchema, text } from './primitives';

export const agentSchema = z.object({
  id: slugSchema,
  name: text(128, 1),
  role: roleSchema,
  email: z.optional(z.email()),
  active: z.boolean(),
  createdAt: instantSchema,
});

export const actorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('agent'),
    id: slugSchema,
    role: roleSchema,
    name: z.optional(text(128)),
  }),
  z.object({ kind: z.literal('reporter'), id: z.optional(text(128)) }),
  z.object({ kind: z.literal('system'), id: text(64, 1) }),
]);

export type Agent = z.infer<typeof agentSchema>;
export type Actor = z.infer<typeof actorSchema>;
