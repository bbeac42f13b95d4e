// What a sender saw for each ticket it filed, keyed by the ticket's unique summary: the promise
// the sender was given (a receipt, "saved, will be sent", a refusal) or nothing, because a page
// reload or a stopped service worker cut the submit off before it answered.
export type SendOutcome = 'accepted' | 'queued' | 'refused' | 'interrupted';

export class SenderLog {
  readonly outcomes = new Map<string, SendOutcome>();
  readonly problems: string[] = [];
  reloads = 0;

  record(summary: string, outcome: SendOutcome, problem?: string): void {
    this.outcomes.set(summary, outcome);
    if (problem && this.problems.length < 20) this.problems.push(`${summary}: ${problem}`);
  }

  /** Summaries the sender was promised delivery for (a receipt, or saved in the outbox). */
  promised(): string[] {
    return [...this.outcomes].filter(([, o]) => o === 'accepted' || o === 'queued').map(([s]) => s);
  }

  count(outcome: SendOutcome): number {
    return [...this.outcomes.values()].filter((o) => o === outcome).length;
  }
}
