// What a replay reads of a ticket's log, entry by entry in time order: a case's events, or a
// reader that folds its own events straight into the facts (the hub's path: no case event each).
import type { FactsReplay } from './factsReplay';
import type { CaseEvent } from './slaCaseSchema';
import type { FactsStep } from './ticketFacts';

/** A log as a replay reads it. */
export interface ReplayLog {
  /** Moves to the next entry; false past the last. */
  next(): boolean;
  /** The current entry's instant (ms). */
  readonly at: number;
  /** Folds the current entry into the replay's facts (FactsReplay.fold, or begin and finish). */
  fold(facts: FactsReplay): FactsStep;
  /** The fields' layout a reader sets by index (FactsReplay), if it has one. */
  readonly layout?: readonly string[];
}

/**
 * A case's events with their instants (`instants[k]` the instant of `events[k]`), as a ReplayLog.
 * @example new CaseEventLog(events, events.map((e) => Date.parse(e.at)))
 */
export class CaseEventLog implements ReplayLog {
  #k = -1;
  at = NaN;
  constructor(
    readonly events: readonly CaseEvent[],
    readonly instants: ArrayLike<number>,
  ) {}

  next(): boolean {
    if (++this.#k >= this.events.length) return false;
    this.at = this.instants[this.#k]!;
    return true;
  }

  fold(facts: FactsReplay): FactsStep {
    return facts.fold(this.events[this.#k]!, this.at);
  }
}
