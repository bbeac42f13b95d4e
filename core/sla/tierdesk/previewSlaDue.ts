// The promise shown before a ticket is submitted: when a first response and a resolution are due
// for a ticket of this priority created at `at`.
import type { Priority } from '../../model/enums';
import { compiledSlaConfig } from './evaluateTicketSla';
import { runSlaTimeline } from '../engine/runSlaTimeline';
import { dueAt } from '../engine/slaInstance';
import type { SlaConfig } from './slaConfigSchema';

/**
 * Due instants of the first-response and resolution timers, null where no target applies.
 * @example previewSlaDue('P1', '2026-11-07T22:00:00.000Z', defaultSlaConfig).firstResponse // 22:15Z
 */
export function previewSlaDue(
  priority: Priority,
  at: string,
  config: SlaConfig,
): { firstResponse: string | null; resolution: string | null } {
  const setup = compiledSlaConfig(config);
  const t = Date.parse(at);
  const instances = runSlaTimeline(
    Object.assign({}, setup, {
      events: [
        { event: { at, type: 'created' as const, set: { status: 'new', priority } }, at: t },
      ],
      now: t,
    }),
  );
  const due = (metric: string) => {
    const i = instances.find((x) => x.def.metric === metric);
    const d = i ? dueAt(i) : null;
    return d === null ? null : new Date(d).toISOString();
  };
  return { firstResponse: due('first_response'), resolution: due('resolution') };
}
