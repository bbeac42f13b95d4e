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
  /** Bumped by every plan: a store read that comes back after a newer plan is dropped. */
  private plan = 0;
  /** The tick under way: ticks run one after the other. */
  private ticking: Promise<unknown> = Promise.resolve();

  constructor(private readonly ctx: HubContext) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.plan++;
    this.setTimer(null);
  }

  /**
   * Re-plans the next wake-up. `hint` is the earliest wake-up a change just stored: when the
   * clock already wakes before it, nothing changes (intake calls this per ticket); when it is
   * sooner, the clock wakes then, without asking the store. Without a hint the store is asked.
   */
  schedule(hint?: number | null): void {
    if (this.stopped || hint === null) return;
    if (hint !== undefined && this.plannedAt !== null) {
      if (hint >= this.plannedAt) return;
      this.plan++;
      this.wakeAt(hint);
      return;
    }
    const plan = ++this.plan;
    this.ctx.store.nextSlaWake().then(
      (next) => {
        if (!this.stopped && plan === this.plan) this.wakeAt(next);
      },
      (error: unknown) => {
        this.fail(error);
        // Try again later rather than never: the next look is at most maxSleepMs away.
        if (!this.stopped && plan === this.plan) this.wakeAt(null);
      },
    );
  }

  /**
   * Looks at the tickets whose wake-up has come, `batches` × 100 at most (a catch-up after
   * downtime continues on the next wake-up); resolves to the changes it recorded.
   */
  tick(batches = 1): Promise<TicketChange[]> {
    const run = this.ticking.then(() => this.run(batches));
    this.ticking = run.catch(() => {});
    return run;
  }

  private async run(batches: number): Promise<TicketChange[]> {
    this.setTimer(null);
    const all: TicketChange[] = [];
    try {
      // Each pass moves every ticket it saw past `now`, so the passes make progress.
      for (let pass = 0; pass < batches; pass++) {
        const now = this.ctx.now();
        const ids = await this.ctx.store.slaDue(Date.parse(now), batch);
        if (ids.length === 0) break;
        const changes = await this.ctx.store.transaction(async (tx) => {
          const out: TicketChange[] = [];
          // Tickets locked in id order, so two such transactions never wait on each other.
          for (const id of [...ids].sort()) {
            const record = await tx.getTicket(id);
            if (record) out.push(await recordTicketChange(this.ctx, tx, record.ticket, [], now));
          }
          return out;
        });
        all.push(...changes.filter((c) => c.events.length > 0));
        if (ids.length < batch) break;
      }
      publishChanges(this.ctx, all);
    } catch (error) {
      this.fail(error);
    }
    this.schedule();
    return all;
  }

  /** Sets the timer for `next` (ms; null: none known), never further than maxSleepMs away. */
  private wakeAt(next: number | null): void {
    const nowMs = Date.parse(this.ctx.now());
    const delay = next === null ? maxSleepMs : Math.min(maxSleepMs, Math.max(0, next - nowMs));
    this.setTimer(nowMs + delay, delay);
  }

  private setTimer(at: number | null, delay = 0): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.plannedAt = at;
    if (at === null) return;
    this.timer = setTimeout(() => void this.tick(), delay);
    this.timer.unref();
  }

  private fail(error: unknown): void {
    this.ctx.log.error('sla clock failed', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
