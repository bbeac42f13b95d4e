// The SLA clock: sleeps until the earliest `sla_wake_at` of any ticket, then records the
// thresholds and breaches reached (at that instant, never back-dated) and pushes them live.
import type { HubContext } from '../hubContext';
import { publishChanges } from '../tickets/publishChanges';
import { recordTicketChange, type TicketChange } from '../tickets/recordTicketChange';

/** Longest sleep: the clock re-reads the store at least this often (another process may write). */
const maxSleepMs = 60_000;
const batch = 500;

export class SlaClock {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly ctx: HubContext) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Re-plans the next wake-up (after a change may have moved it earlier). */
  schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    const next = this.ctx.store.nextSlaWake();
    const nowMs = Date.parse(this.ctx.now());
    const delay = next === null ? maxSleepMs : Math.min(maxSleepMs, Math.max(0, next - nowMs));
    this.timer = setTimeout(() => this.tick(), delay);
    this.timer.unref();
  }

  /** Looks at every ticket whose wake-up has come; returns the changes it recorded. */
  tick(): TicketChange[] {
    const all: TicketChange[] = [];
    try {
      // Bounded: each pass moves every ticket's wake-up past `now`, so this ends; the cap is a guard.
      for (let pass = 0; pass < 1000; pass++) {
        const now = this.ctx.now();
        const ids = this.ctx.store.slaDue(Date.parse(now), batch);
        if (ids.length === 0) break;
        const changes = this.ctx.store.write(() =>
          ids.flatMap((id) => {
            const record = this.ctx.store.getTicket(id);
            if (!record) return [];
            return [recordTicketChange(this.ctx, record.ticket, [], now)];
          }),
        );
        all.push(...changes.filter((c) => c.events.length > 0));
        if (ids.length < batch) break;
      }
      publishChanges(this.ctx, all);
    } catch (error) {
      this.ctx.log.error('sla clock failed', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
    this.schedule();
    return all;
  }
}
