// Reads a stored ticket of any schema version and brings it to the current one.
import { parseWith, type Parsed } from './parse';
import { ticketSchemaVersion, ticketStateSchema, type Ticket } from './ticketState';

type Raw = Record<string, unknown>;

/**
 * One step per version: `steps[n]` turns a version-n ticket into version n+1.
 * v1 → v2: runbooks, known-issue links and major incidents arrived; v1 tickets had none.
 */
const steps: Record<number, (t: Raw) => Raw> = {
  1: (t) => ({
    ...t,
    schemaVersion: 2,
    runbookDone: [],
    knownIssueId: null,
    majorIncident: false,
    // v1 kept the resolution only in the event log.
    resolution: t['resolution'] ?? null,
  }),
};

/** Parses a stored ticket (any version ≤ current) into the current shape, or names what is wrong. */
export function migrateTicket(stored: unknown): Parsed<Ticket> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return {
      ok: false,
      issues: [{ path: '(root)', message: 'expected a ticket object' }],
      message: '(root): expected a ticket object',
    };
  }
  let ticket = stored as Raw;
  const version = ticket['schemaVersion'];
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 1 ||
    version > ticketSchemaVersion
  ) {
    const message = `schemaVersion: expected an integer from 1 to ${ticketSchemaVersion}, got ${JSON.stringify(version)}`;
    return { ok: false, issues: [{ path: 'schemaVersion', message }], message };
  }
  for (let v = version; v < ticketSchemaVersion; v++) ticket = steps[v]!(ticket);
  return parseWith(ticketStateSchema, ticket);
}
