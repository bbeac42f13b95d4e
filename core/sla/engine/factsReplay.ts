// foldTicketFacts for a whole replay without an object per event: one step whose facts before
// and after are two objects changed in place (the replay reads a step only while it is current).
import type { CaseEvent } from './slaCaseSchema';
import { isDone, type FactsOptions, type FactsStep, type TicketFacts } from './ticketFacts';
import { TicketFields } from './ticketFields';

function emptyFacts(): TicketFacts {
  return {
    fields: TicketFields.mutable(),
    status: 'new',
    createdAt: 0,
    firstResponseAt: null,
    lastResponseAt: null,
    unansweredSince: null,
    reopenedAt: null,
    solvedAt: null,
    groupSince: null,
  };
}

/** `before` made equal to `after` (the fields only when they changed since the last copy). */
function copyFacts(to: TicketFacts, from: TicketFacts, withFields: boolean): void {
  if (withFields) from.fields.copyChangesTo(to.fields);
  to.status = from.status;
  to.createdAt = from.createdAt;
  to.firstResponseAt = from.firstResponseAt;
  to.lastResponseAt = from.lastResponseAt;
  to.unansweredSince = from.unansweredSince;
  to.reopenedAt = from.reopenedAt;
  to.solvedAt = from.solvedAt;
  to.groupSince = from.groupSince;
}

/**
 * The facts of one replay, folded event by event in place: each step is what foldTicketFacts
 * returns for the same events, field for field, but valid only until the next fold.
 * @example const facts = new FactsReplay(options); facts.fold(createdEvent, 0).after.status // 'new'
 */
export class FactsReplay {
  readonly step: FactsStep;
  readonly #before = emptyFacts();
  readonly #after = emptyFacts();
  #started = false;
  /** Whether the last fold changed the fields (then `before` needs them copied). */
  #fieldsChanged = false;
  /** The raw status the last fold mapped to a category. */
  #lastRaw: unknown = undefined;

  constructor(private readonly options: FactsOptions) {
    this.step = {
      at: 0,
      type: 'update',
      before: null,
      after: this.#after,
      response: false,
      customerMessage: false,
      reopened: false,
    };
  }

  /** Whether a first event was folded (the facts exist). */
  get started(): boolean {
    return this.#started;
  }

  /** The step of `event` at `at` (ms); null folds a step that changes nothing (a version change). */
  fold(event: CaseEvent | null, at: number): FactsStep {
    const step = this.step;
    const b = this.#before;
    const a = this.#after;
    const first = !this.#started;
    if (!first) copyFacts(b, a, this.#fieldsChanged);
    this.#fieldsChanged = false;
    step.at = at;
    step.before = first ? null : b;
    if (event === null) {
      step.type = 'update';
      step.response = step.customerMessage = step.reopened = false;
      return step;
    }
    const fields = a.fields;
    if (event.set) {
      fields.assign(event.set);
      this.#fieldsChanged = true;
    }
    if (first && fields.get('status') === undefined) {
      fields.assign({ status: 'new' });
      this.#fieldsChanged = true;
    }
    // The status seldom changes between events: map it again only when it did.
    const raw = fields.get('status') ?? null;
    const status = raw === this.#lastRaw && this.#started ? b.status : this.options.statusOf(raw);
    this.#lastRaw = raw;
    const channels = this.options.qualifyingChannels;
    const response =
      (event.type === 'agent_reply' &&
        event.public !== false &&
        (!channels || channels.includes(event.channel ?? 'reply'))) ||
      (event.type === 'created' &&
        event.by === 'agent' &&
        this.options.agentCreatedCommentQualifies === true);
    const customerMessage =
      event.type === 'customer_message' || (event.type === 'created' && event.by !== 'agent');
    const reopened = !first && isDone(b.status) && !isDone(status);
    const group = fields.get('group') ?? null;
    if (first) {
      a.createdAt = at;
      a.firstResponseAt = a.lastResponseAt = a.unansweredSince = null;
      a.reopenedAt = a.solvedAt = a.groupSince = null;
    }
    a.status = status;
    if (a.firstResponseAt === null && response) a.firstResponseAt = at;
    if (response) a.lastResponseAt = at;
    a.unansweredSince = response
      ? null
      : customerMessage
        ? (a.unansweredSince ?? at)
        : a.unansweredSince;
    if (reopened) a.reopenedAt = at;
    a.solvedAt = isDone(status) ? (!first && isDone(b.status) ? a.solvedAt : at) : null;
    a.groupSince =
      group === null
        ? null
        : group !== (first ? null : (b.fields.get('group') ?? null))
          ? at
          : a.groupSince;
    step.type = event.type;
    step.response = response;
    step.customerMessage = customerMessage;
    step.reopened = reopened;
    this.#started = true;
    return step;
  }
}
