// Tierdesk's event log as the replay reads it, for the hub: one pass reads each event's instant,
// checks the order and notes what the event sets; the replay folds that into the facts by field
// index, with no case event built in between.
import type { TicketEvent } from '../../model/event';
import type { Ticket } from '../../model/ticketState';
import type { FieldValue } from '../engine/condition';
import type { FactsReplay } from '../engine/factsReplay';
import type { ReplayLog } from '../engine/runSlaTimeline';
import type { FactsStep } from '../engine/ticketFacts';
import { parseCanonicalIso } from '../time/isoInstant';
import { statusAfter } from './statusAfter';

/** The fields a `created` event sets, in its order (readTicketSlaLog's): the facts' layout. */
const layout = [
  'status',
  'priority',
  'group',
  'assignee',
  'category',
  'impact',
  'urgency',
  'app',
  'source',
  'majorIncident',
] as const;
const STATUS = 0;
const PRIORITY = 1;
const GROUP = 2;
const ASSIGNEE = 3;
const CATEGORY = 4;
const MAJOR = 9;

/** What a kept event is to the facts (its case event in readTicketSlaLog), as a small number. */
const enum Kind {
  CreatedByAgent,
  CreatedByCustomer,
  AgentReply,
  InternalNote,
  CustomerMessage,
  InfoRequested,
  Priority,
  GroupAndCategory,
  Group,
  Assignee,
  MajorIncident,
  Status,
}

/**
 * The case events of `readTicketSlaLog(events, true)` as the replay reads them: the same entries,
 * instants and texts, and the same facts at every step (tests replay both and compare). Each
 * event's fields are read once, where a case event would have been built; an event of any of a
 * dozen shapes is read in one place only, and the fold reads plain arrays.
 * @example replaySlaLog(setup, new TicketReplayLog(events, true), now)
 */
export class TicketReplayLog implements ReplayLog {
  readonly layout = layout;
  /** The kept events' instants (ms), and their canonical text (null when not canonical). */
  readonly instants: number[] = [];
  readonly texts: (string | null)[] = [];
  /** The current entry's instant. */
  at = NaN;
  /** Set when `checkOrder` found two events out of order (R19): read a sorted copy instead. */
  outOfOrder = false;
  /** Set when the first event that bears on SLAs is not `created`: nothing to replay. */
  noCreated = false;
  /** Per kept event: its kind and the values it sets (the ticket, for `created`). */
  readonly #kinds: Kind[] = [];
  readonly #values: unknown[] = [];
  readonly #seconds: FieldValue[] = [];
  #k = -1;

  constructor(
    readonly events: readonly TicketEvent[],
    /** False for a log known to be in order (a sorted copy). */
    readonly checkOrder: boolean,
  ) {
    this.#read();
  }

  /** The instant of the last entry (−Infinity with none). */
  get last(): number {
    return this.instants.length ? this.instants[this.instants.length - 1]! : -Infinity;
  }

  next(): boolean {
    if (++this.#k >= this.#kinds.length) return false;
    this.at = this.instants[this.#k]!;
    return true;
  }

  fold(facts: FactsReplay): FactsStep {
    const k = this.#k;
    const f = facts.begin(this.at);
    const kind = this.#kinds[k]!;
    const value = this.#values[k] as FieldValue;
    switch (kind) {
      case Kind.CreatedByAgent:
      case Kind.CreatedByCustomer: {
        const t = this.#values[k] as Ticket;
        f.setAt(STATUS, t.status);
        f.setAt(PRIORITY, t.priority);
        f.setAt(GROUP, t.tier);
        f.setAt(ASSIGNEE, t.assignee);
        f.setAt(CATEGORY, t.category);
        f.setAt(5, t.impact);
        f.setAt(6, t.urgency);
        f.setAt(7, t.app.id);
        f.setAt(8, t.source);
        f.setAt(MAJOR, t.majorIncident);
        const by = kind === Kind.CreatedByAgent ? 'agent' : 'customer';
        return facts.finish('created', by, true, undefined);
      }
      case Kind.AgentReply:
        return facts.finish('agent_reply', undefined, true, undefined);
      case Kind.InternalNote:
        return facts.finish('internal_note', undefined, true, undefined);
      case Kind.CustomerMessage:
        return facts.finish('customer_message', undefined, true, undefined);
      case Kind.InfoRequested:
        f.setAt(STATUS, 'waiting_on_user');
        return facts.finish('agent_reply', undefined, true, undefined);
      case Kind.Priority:
        f.setAt(PRIORITY, value);
        break;
      case Kind.GroupAndCategory:
        f.setAt(GROUP, value);
        f.setAt(CATEGORY, this.#seconds[k]!);
        break;
      case Kind.Group:
        f.setAt(GROUP, value);
        break;
      case Kind.Assignee:
        f.setAt(ASSIGNEE, value);
        break;
      case Kind.MajorIncident:
        f.setAt(MAJOR, value);
        break;
      default:
        f.setAt(STATUS, value);
    }
    return facts.finish('update', undefined, true, undefined);
  }

  /** Reads the log: each instant (once per run of equal texts), the order, what each event sets. */
  #read(): void {
    const events = this.events;
    // Events often come in pairs at one instant (resolved + its status change): parse each once.
    let text = '';
    let ms = NaN;
    let canonical: string | null = null;
    let status = 'new';
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      const at = e.at;
      if (at !== text) {
        const before = ms;
        const wasCanonical = canonical !== null;
        ms = parseCanonicalIso((text = at));
        canonical = ms === ms ? text : null;
        if (canonical === null) ms = Date.parse(text);
        // Canonical texts (years 0000–9999) order as their instants do: compare the numbers.
        if (this.checkOrder && i > 0) {
          const prev = events[i - 1]!;
          if (wasCanonical && canonical !== null ? ms < before : prev.at > at) {
            this.outOfOrder = true;
            return;
          }
        }
      } else if (this.checkOrder && i > 0 && events[i - 1]!.seq > e.seq) {
        this.outOfOrder = true;
        return;
      }
      let kind: Kind;
      let value: unknown = null;
      let second: FieldValue = null;
      switch (e.type) {
        case 'created':
          status = e.ticket.status;
          kind = e.actor.kind === 'agent' ? Kind.CreatedByAgent : Kind.CreatedByCustomer;
          value = e.ticket;
          break;
        case 'acknowledged':
          kind = Kind.AgentReply;
          break;
        case 'commented':
          kind =
            e.visibility === 'internal'
              ? Kind.InternalNote
              : e.actor.kind === 'reporter'
                ? Kind.CustomerMessage
                : Kind.AgentReply;
          break;
        case 'info_requested':
          status = 'waiting_on_user';
          kind = Kind.InfoRequested;
          break;
        case 'user_replied':
          kind = Kind.CustomerMessage;
          break;
        case 'priority_changed':
          kind = Kind.Priority;
          value = e.to;
          break;
        case 'triaged':
          kind = Kind.GroupAndCategory;
          value = e.tier;
          second = e.category;
          break;
        case 'reclassified':
          kind = Kind.GroupAndCategory;
          value = e.to.tier;
          second = e.to.category;
          break;
        case 'escalated':
          kind = Kind.Group;
          value = e.to;
          break;
        case 'assigned':
          kind = Kind.Assignee;
          value = e.assignee;
          break;
        case 'incident_linked':
          kind = Kind.MajorIncident;
          value = e.major;
          break;
        case 'resolved':
        case 'closed':
        case 'reopened':
        case 'status_changed': {
          const to = statusAfter(e, status);
          if (to === status) continue;
          status = to;
          kind = Kind.Status;
          value = status;
          break;
        }
        default:
          continue;
      }
      // Nothing to replay unless `created` comes first; the rest is still read for its order
      // (a log out of order may start with `created` once sorted).
      if (this.noCreated || (this.#kinds.length === 0 && e.type !== 'created')) {
        this.noCreated = true;
        continue;
      }
      this.#kinds.push(kind);
      this.#values.push(value);
      this.#seconds.push(second);
      this.instants.push(ms);
      this.texts.push(canonical);
    }
  }
}
