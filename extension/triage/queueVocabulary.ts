// Tiers, statuses and priorities as the popup's first path needs them: without core's zod enums
// (importing `tiers` from core/model/enums evaluates its schemas, and zod with them). Each list is
// the keys of a Record over core's type, so a value added in core fails the typecheck here.
import type { Priority, Status, Tier } from '@tierdesk/core/model/enums';

const tierSet: Record<Tier, true> = { L1: true, L2: true, L3: true };
const prioritySet: Record<Priority, true> = { P1: true, P2: true, P3: true, P4: true, P5: true };
const statusSet: Record<Status, true> = {
  new: true,
  triaged: true,
  in_progress: true,
  waiting_on_user: true,
  resolved: true,
  closed: true,
};

const has = Object.prototype.hasOwnProperty;

export const queueTiers = Object.keys(tierSet) as Tier[];
export const queuePriorities = Object.keys(prioritySet) as Priority[];
export const queueStatuses = Object.keys(statusSet) as Status[];

export const isTier = (v: unknown): v is Tier => typeof v === 'string' && has.call(tierSet, v);
export const isPriority = (v: unknown): v is Priority =>
  typeof v === 'string' && has.call(prioritySet, v);
export const isStatus = (v: unknown): v is Status =>
  typeof v === 'string' && has.call(statusSet, v);
