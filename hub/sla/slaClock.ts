// The SLA clock: sleeps until the earliest `sla_wake_at` of any ticket, then records the
// thresholds and breaches reached (at that instant, never back-dated) and pushes them live.
import type { HubContext } from '../hubContext';
import { publishChanges } from '../tickets/publishChanges';
import { recordTicketChange, type TicketChange } from '../tickets/recordTicketChange';

/** Longest sleep: the clock re-reads the store at least this often (another process may write). */
const maxSleepMs = 60_000;
/** Tickets per transaction; between batches the clock yields so requests are not held up. */
const batch = 100;

export class SlaClock {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** When the current timer fires (ms), or null when none is set. */
  private plannedAt: number | null = null;

  constructor(private readonly ctx: HubContext) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.plannedAt = null;
  }

  /**
   * Re-plans the next wake-up. `hint` is the earliest wake-up a change just stored: when the
   * clock already wakes before it, nothing needs re-planning (intake calls this per ticket).
   */
  schedule(hint?: number | null): void {
    if (this.stopped) return;
    if (
      hint !== undefined &&
      (hint === null || (this.plannedAt !== null && hint >= this.plannedAt))
    )
      return;
    if (this.timer) clearTimeout(this.timer);
    const next = this.ctx.store.nextSlaWake();
    const nowMs = Date.parse(this.ctx.now());
    const delay = next === null ? maxSleepMs : Math.min(maxSleepMs, Math.max(0, next - nowMs));
    this.plannedAt = nowMs + delay;
    this.timer = setTimeout(() => this.tick(), delay);
    this.timer.unref();
  }

  /**
   * Looks at the tickets whose wake-up has come, `batches` × 100 at most (a catch-up after
   * downtime continues on the next turn of the event loop); returns the changes it recorded.
   */
  tick(batches = 1): TicketChange[] {
    this.plannedAt = null;
    const all: TicketChange[] = [];
    try {
      // Each pass moves every ticket it saw past `now`, so the passes make progress.
      for (let pass = 0; pass < batches; pass++) {
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
