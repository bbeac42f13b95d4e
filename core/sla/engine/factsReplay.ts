// foldTicketFacts for a whole replay without an object per event: one step whose facts before
// and after are two objects changed in place (the replay reads a step only while it is current).
import type { CaseEvent } from './slaCaseSchema';
import { isDone, type FactsOptions, type FactsStep, type TicketFacts } from './ticketFacts';
import { TicketFields } from './ticketFields';

function emptyFacts(layout: readonly string[] | undefined): TicketFacts {
  return {
    fields: TicketFields.mutable(layout),
    status: 'new',
    createdAt: 0,
    firstResponseAt: null,
    lastResponseAt: null,
    unansweredSince: null,
    reopenedAt: null,
    solvedAt: null,
    groupSince: null,
    major: false,
  };
}

/** `before` made equal to `after` (of the fields, those changed since the last copy). */
function copyFacts(to: TicketFacts, from: TicketFacts): void {
  from.fields.copyChangesTo(to.fields);
  to.status = from.status;
  to.createdAt = from.createdAt;
  to.firstResponseAt = from.firstResponseAt;
  to.lastResponseAt = from.lastResponseAt;
  to.unansweredSince = from.unansweredSince;
  to.reopenedAt = from.reopenedAt;
  to.solvedAt = from.solvedAt;
  to.groupSince = from.groupSince;
  to.major = from.major;
}

/**
 * The facts of one replay, folded event by event in place: each step is what foldTicketFacts
 * returns for the same events, field for field, but valid only until the next fold.
 * @example const facts = new FactsReplay(options); facts.fold(createdEvent, 0).after.status // 'new'
 */
export class FactsReplay {
  readonly step: FactsStep;
  readonly #before: TicketFacts;
  readonly #after: TicketFacts;
  #started = false;
  /** Where the fields hold status and group (−1: not yet set). */
  #statusAt = -1;
  #groupAt = -1;
  #majorAt = -1;
  /** The raw status the last fold mapped to a category. */
  #lastRaw: unknown = undefined;

  constructor(
    private readonly options: FactsOptions,
    /** The fields' layout for a reader that sets them by index (TicketFields.mutable). */
    layout?: readonly string[],
  ) {
    this.#before = emptyFacts(layout);
    this.#after = emptyFacts(layout);
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
    const fields = this.begin(at);
    if (event === null) {
      const step = this.step;
      step.type = 'update';
      step.response = step.customerMessage = step.reopened = false;
      return step;
    }
    if (event.set) fields.assign(event.set);
    return this.finish(event.type, event.by, event.public !== false, event.channel);
  }

  /**
   * Starts the step at `at` (ms): the fields after it, to be set (assign, or setAt with the
   * layout) before `finish`. A reader that knows its events folds them without a case event each.
   */
  begin(at: number): TicketFields {
    const step = this.step;
    const b = this.#before;
    const first = !this.#started;
    if (!first) copyFacts(b, this.#after);
    step.at = at;
    step.before = first ? null : b;
    return this.#after.fields;
  }

  /** Ends the step `begin` started, as an event of `type` by `by` (public, on `channel`). */
  finish(
    type: CaseEvent['type'],
    by: CaseEvent['by'],
    isPublic: boolean,
    channel: string | undefined,
  ): FactsStep {
    const step = this.step;
    const b = this.#before;
    const a = this.#after;
    const at = step.at;
    const first = !this.#started;
    const fields = a.fields;
    if (first && fields.get('status') === undefined) fields.assign({ status: 'new' });
    // Fields keep their place once set: status and group are looked up by name once per replay.
    if (this.#statusAt < 0) this.#statusAt = fields.indexOf('status');
    if (this.#groupAt < 0) this.#groupAt = fields.indexOf('group');
    const groupAt = this.#groupAt;
    // The status seldom changes between events: map it again only when it did.
    const raw = fields.valueAt(this.#statusAt) ?? null;
    const status = raw === this.#lastRaw && this.#started ? b.status : this.options.statusOf(raw);
    this.#lastRaw = raw;
    const channels = this.options.qualifyingChannels;
    const response =
      (type === 'agent_reply' &&
        isPublic &&
        (!channels || channels.includes(channel ?? 'reply'))) ||
      (type === 'created' && by === 'agent' && this.options.agentCreatedCommentQualifies === true);
    const customerMessage = type === 'customer_message' || (type === 'created' && by !== 'agent');
    const reopened = !first && isDone(b.status) && !isDone(status);
    const group = groupAt < 0 ? null : (fields.valueAt(groupAt) ?? null);
    if (first) {
      a.createdAt = at;
      a.firstResponseAt = a.lastResponseAt = a.unansweredSince = null;
      a.reopenedAt = a.solvedAt = a.groupSince = null;
    }
    a.status = status;
    const majorField = this.options.majorField;
    if (majorField) {
      if (this.#majorAt < 0) this.#majorAt = fields.indexOf(majorField);
      a.major = this.#majorAt >= 0 && fields.valueAt(this.#majorAt) === true;
    }
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
        : group !== (first ? null : (b.fields.valueAt(groupAt) ?? null))
          ? at
          : a.groupSince;
    step.type = type;
    step.response = response;
    step.customerMessage = customerMessage;
    step.reopened = reopened;
    this.#started = true;
    return step;
  }
}
