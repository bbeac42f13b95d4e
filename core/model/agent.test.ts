import { describe, expect, it } from 'vitest';
import { parseWith } from './parse';
import { actorSchema, agentSchema } from './agent';

describe('agents and actors', () => {
  it('accepts the five roles', () => {
    for (const role of ['L1', 'L2', 'L3', 'lead', 'admin']) {
      expect(
        parseWith(agentSchema, {
          id: 'sam',
          name: 'Sam',
          role,
          active: true,
          createdAt: '2026-01-01T00:00:00Z',
        }).ok,
      ).toBe(true);
    }
    expect(
      parseWith(agentSchema, {
        id: 'sam',
        name: 'Sam',
        role: 'L4',
        active: true,
        createdAt: '2026-01-01T00:00:00Z',
      }).ok,
    ).toBe(false);
  });
  it('tells agents, reporters and the system apart', () => {
    expect(parseWith(actorSchema, { kind: 'agent', id: 'sam', role: 'L2' }).ok).toBe(true);
    expect(parseWith(actorSchema, { kind: 'agent', id: 'sam' }).ok).toBe(false);
    expect(parseWith(actorSchema, { kind: 'reporter' }).ok).toBe(true);
    expect(parseWith(actorSchema, { kind: 'system', id: 'sla-clock' }).ok).toBe(true);
  });
});
