import { describe, expect, it } from 'vitest';
import {
  assignIncident,
  termOverlap,
  type IncidentCandidate,
  type IncidentGroup,
} from './assignIncident';

let n = 0;
const newId = () => `01JD8Z5Q9X7YB3C4D5E6F7G${String(++n).padStart(3, '0')}`;

/** Feeds a stream of tickets through grouping as the hub would, keeping the groups it returns. */
function run(stream: IncidentCandidate[], options = {}) {
  let groups: IncidentGroup[] = [];
  const outcomes = stream.map((c) => {
    const result = assignIncident(c, groups, c.createdAt, { newId, ...options });
    groups = [...groups.filter((g) => g.id !== result.group.id), result.group];
    return result;
  });
  return { groups, outcomes };
}

const ticket = (
  ticketId: string,
  minute: number,
  reporterKey: string,
  summary: string,
  description = '',
  errorSignature: string | null = null,
  appId = 'payroll',
): IncidentCandidate => ({
  ticketId,
  appId,
  reporterKey,
  summary,
  description,
  errorSignature,
  createdAt: new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString(),
});

describe('assignIncident on a realistic morning', () => {
  const sig = 'http 503 GET /api/payslips/:id';
  const stream = [
    ticket(
      't1',
      0,
      'ada',
      'Payslip page error',
      'Service unavailable when opening my payslip',
      sig,
    ),
    ticket('t2', 4, 'bob', 'cant open payslip', 'It just spins and then says error 503', sig),
    ticket('t3', 6, 'cy', 'Forgot my password', 'Need a reset for payroll login'),
    ticket('t4', 9, 'bob', 'still no payslip', 'tried again, same', sig),
    ticket(
      't5',
      12,
      'dee',
      'Payslips not loading',
      'The payslip page is not loading for anyone in finance',
    ),
    ticket('t6', 14, 'eve', 'payslip page broken', 'error when opening payslip', sig),
    ticket('t7', 15, 'fay', 'Payslip page error', 'same as colleagues', sig, 'crm'),
    ticket('t8', 70, 'gus', 'Payslip page error', 'service unavailable again', sig),
  ];
  const { groups, outcomes } = run(stream);

  it('groups the same failure and similar wording, not other problems or other apps', () => {
    const first = outcomes[0]!.group.id;
    expect(outcomes.map((o) => o.group.id === first)).toEqual([
      true,
      true,
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(outcomes[2]!.isNew).toBe(true); // the password ticket stands alone
    expect(outcomes[6]!.isNew).toBe(true); // another app
    expect(outcomes[7]!.isNew).toBe(true); // an hour later the window has closed
  });

  it('becomes major on the third distinct reporter, once', () => {
    expect(outcomes.map((o) => o.becameMajor)).toEqual([
      false,
      false,
      false,
      false,
      true,
      false,
      false,
      false,
    ]);
    const incident = groups.find((g) => g.id === outcomes[0]!.group.id)!;
    expect(incident.major).toBe(true);
    expect(incident.ticketIds).toEqual(['t1', 't2', 't4', 't5', 't6']);
    expect(incident.reporterKeys).toEqual(['ada', 'bob', 'dee', 'eve']);
    expect(incident.signature).toBe(sig);
    expect(incident.firstAt).toBe('2026-11-02T09:00:00.000Z');
    expect(incident.lastAt).toBe('2026-11-02T09:14:00.000Z');
  });

  it('honours its options and does not change the groups it was given', () => {
    const before = run(stream.slice(0, 2)).groups;
    const copy = JSON.parse(JSON.stringify(before));
    assignIncident(stream[3]!, before, stream[3]!.createdAt, { newId });
    expect(before).toEqual(copy);
    const strict = run(stream.slice(0, 2), { majorReporters: 2 });
    expect(strict.outcomes[1]!.becameMajor).toBe(true);
    const narrow = run([stream[0]!, stream[1]!], { windowMinutes: 2 });
    expect(narrow.outcomes[1]!.isNew).toBe(true);
  });

  it('never dates a ticket after the hub’s now, and names a group after its first ticket by default', () => {
    const r = assignIncident(
      ticket('t9', 59, 'x', 'Payslip error'),
      [],
      '2026-11-02T09:30:00.000Z',
    );
    expect(r.group.firstAt).toBe('2026-11-02T09:30:00.000Z');
    expect(r.group.id).toBe('t9');
  });
});

describe('termOverlap', () => {
  it('needs two shared words unless one side is that short', () => {
    expect(termOverlap(['payslip', 'page', 'error'], ['payslip', 'load', 'slow'])).toBe(0);
    expect(termOverlap(['payslip', 'page', 'error'], ['payslip', 'page'])).toBe(1);
    expect(termOverlap(['payroll'], ['payroll', 'down'])).toBe(1);
    expect(termOverlap([], ['x'])).toBe(0);
  });
});
