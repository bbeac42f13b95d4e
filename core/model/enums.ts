// The fixed vocabularies of a ticket: impact, urgency, priority, tier, status, source, role.
import * as z from 'zod/mini';

/** How many people are affected. */
export const impacts = ['individual', 'team', 'department', 'organization'] as const;
/** How badly their work is disrupted. */
export const urgencies = ['blocked', 'degraded', 'minor'] as const;
/** ITIL priorities, P1 critical … P5 planning. */
export const priorities = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
export const tiers = ['L1', 'L2', 'L3'] as const;
/** new → triaged → in_progress ⇄ waiting_on_user → resolved → closed (DESIGN.md, Workflow). */
export const statuses = [
  'new',
  'triaged',
  'in_progress',
  'waiting_on_user',
  'resolved',
  'closed',
] as const;
export const sources = ['widget', 'extension', 'api'] as const;
export const roles = ['L1', 'L2', 'L3', 'lead', 'admin'] as const;

export const impactSchema = z.enum(impacts);
export const urgencySchema = z.enum(urgencies);
export const prioritySchema = z.enum(priorities);
export const tierSchema = z.enum(tiers);
export const statusSchema = z.enum(statuses);
export const sourceSchema = z.enum(sources);
export const roleSchema = z.enum(roles);

export type Impact = z.infer<typeof impactSchema>;
export type Urgency = z.infer<typeof urgencySchema>;
export type Priority = z.infer<typeof prioritySchema>;
export type Tier = z.infer<typeof tierSchema>;
export type Status = z.infer<typeof statusSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Role = z.infer<typeof roleSchema>;

/** Numeric rank of a tier (L1 = 1), for "higher tier" comparisons. */
export function tierRank(tier: Tier): number {
  return tiers.indexOf(tier) + 1;
}
