import { describe, expect, it } from 'vitest';
import { parseWith } from '../../model/parse';
import { slaCaseSchema } from './slaCaseSchema';

const base = {
  definitions: [{ id: 'r', metric: 'resolution', target: '2h' }],
  events: [{ at: '2025-06-02T08:00:00Z', type: 'created', set: { priority: 'P3', status: 'new' } }],
  now: '2025-06-02T09:30:00Z',
};

describe('slaCaseSchema', () => {
  it('accepts a case', () => expect(parseWith(slaCaseSchema, base).ok).toBe(true));
  it('names bad events and instants', () => {
    const r = parseWith(slaCaseSchema, {
      ...base,
      events: [{ at: '2025-06-02 08:00', type: 'opened' }],
    });
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual(['events.0.at', 'events.0.type']);
    const empty = parseWith(slaCaseSchema, { ...base, events: [] });
    expect(!empty.ok && empty.message).toMatch(
      /events: a timeline needs at least its created event/,
    );
  });
});
