import { describe, expect, it } from 'vitest';
import { compileSlaCase } from './compileSlaCase';
import { runSlaTimeline } from './runSlaTimeline';
import { resumeCycle } from './resumeCycle';
import { foldTicketFacts } from './ticketFacts';

const H = 3_600_000;
const at = (h: number) => new Date(Date.parse('2025-06-02T09:00:00Z') + h * H).toISOString();
const compiled = compileSlaCase({
  calendars: [],
  definitions: [{ id: 'r', metric: 'resolution', target: '8h', calendar: null }],
  events: [
    { at: at(0), type: 'created' },
    { at: at(1), type: 'update', set: { status: 'solved' } },
  ],
  now: at(1),
  reopenWindowDays: 1,
});
const def = compiled.definitions.get('r')![0]!;
const options = { statusOf: compiled.statusOf };

function solvedInstance() {
  const [inst] = runSlaTimeline(compiled);
  return inst!;
}
function reopenAt(h: number) {
  const solved = foldTicketFacts(
    null,
    { at: '', type: 'created', set: { status: 'solved' } },
    0,
    options,
  );
  return foldTicketFacts(
    solved.after,
    { at: '', type: 'update', set: { status: 'open' } },
    h * H + Date.parse(at(0)),
    options,
  );
}

describe('resumeCycle (R30)', () => {
  it('resumes the solved instance within the window, the solved span a pause', () => {
    const inst = solvedInstance();
    expect(resumeCycle(compiled, inst, def, false, reopenAt(3), inst.goal)).toBe(true);
    expect([inst.stage, inst.stopTime, inst.pauses]).toEqual([
      'in_progress',
      null,
      [Date.parse(at(1)), Date.parse(at(3))],
    ]);
  });
  it('leaves it completed after the window', () => {
    const inst = solvedInstance();
    expect(resumeCycle(compiled, inst, def, false, reopenAt(30), inst.goal)).toBe(false);
    expect(inst.stage).toBe('completed');
  });
});
