// The start of the escalation notes: the runbook steps the agent ticked, so L2 sees exactly what
// was tried (DESIGN.md, Runbooks); and the tiers a ticket may go to (higher only).
import { tierRank, tiers, type Tier } from '@tierdesk/core/model/enums';

export function escalationNotesDraft(doneSteps: readonly string[]): string {
  if (doneSteps.length === 0) return '';
  return `Tried (runbook):\n${doneSteps.map((s) => `- ${s}`).join('\n')}\n\n`;
}

export function higherTiers(tier: Tier): Tier[] {
  return tiers.filter((t) => tierRank(t) > tierRank(tier));
}
