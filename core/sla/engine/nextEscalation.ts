// R45: which running timer's breach escalates next (an OWNERSHIP OLA with an escalation rule).
import { dueAt, type SlaInstance } from './slaInstance';

/**
 * The first not-yet-escalated, running timer with an escalation rule whose breach falls by `t`
 * (never before `cursor`, the replay's last step), in `active`'s order on a tie; null if none.
 * @example nextEscalation(active.values(), lastStep, Date.parse(event.at))?.inst.def.id
 */
export function nextEscalation(
  active: Iterable<SlaInstance>,
  cursor: number,
  t: number,
): { inst: SlaInstance; at: number } | null {
  let next: { inst: SlaInstance; at: number } | null = null;
  for (const inst of active) {
    if (!inst.def.input.onBreach || inst.escalated || inst.pausedSince !== null) continue;
    const at = Math.max(dueAt(inst)!, cursor);
    if (at <= t && (!next || at < next.at)) next = { inst, at };
  }
  return next;
}
