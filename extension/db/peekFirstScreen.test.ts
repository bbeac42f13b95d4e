import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { firstScreenOf } from './firstScreen';
import { parseFirstScreen } from './parseFirstScreen';
import { peekFirstScreen } from './peekFirstScreen';

const screen = () =>
  structuredClone(
    firstScreenOf(
      [q({ id: 'a', number: 'TD-1' }), q({ id: 'b', number: 'TD-2', nextDueAt: null })],
      () => 7,
      'ada',
    ),
  );

const itemFields = Object.keys(q());
/** The only fields the peek checks less strictly than the schema (type, not ISO format). */
const instants = new Set(['createdAt', 'updatedAt', 'nextDueAt']);

const anyValue = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('L1', 'P2', 'new', 'toString', '2026-11-02T09:00:00.000Z'),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.constantFrom('id', 'name'), fc.string({ maxLength: 3 })),
);

describe('peekFirstScreen', () => {
  it('accepts what firstScreenOf writes, for its agent only', () => {
    expect(peekFirstScreen(screen(), 'ada')?.rows.map((r) => r.item.number)).toEqual([
      'TD-1',
      'TD-2',
    ]);
    expect(peekFirstScreen(screen(), 'bob')).toBe(null);
    expect(peekFirstScreen(undefined, 'ada')).toBe(null);
    expect(peekFirstScreen({ ...screen(), v: 2 }, 'ada')).toBe(null);
  });

  it('agrees with the schema on any one field of an item changed, bar the instants’ format', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...itemFields),
        anyValue,
        fc.boolean(),
        (field, value, remove) => {
          const s = screen();
          const item = s.rows[1]!.item as unknown as Record<string, unknown>;
          if (remove) delete item[field];
          else item[field] = value;
          const peeked = peekFirstScreen(s, 'ada') !== null;
          const parsed = parseFirstScreen(s, 'ada') !== null;
          // Never stricter than the schema (valid data always paints at once) and, but for an
          // instant's format, never laxer (what paints first is what the parse keeps).
          if (parsed) expect(peeked).toBe(true);
          if (peeked && !parsed) expect(instants.has(field)).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('rejects a broken row, a broken app or a non-numeric reading', () => {
    const s = screen();
    (s.rows[0]!.item.app as unknown as Record<string, unknown>)['name'] = 5;
    expect(peekFirstScreen(s, 'ada')).toBe(null);
    const t = screen() as unknown as { rows: unknown[] };
    t.rows.push('row');
    expect(peekFirstScreen(t, 'ada')).toBe(null);
    const u = screen() as unknown as { rows: { pctAt: unknown }[] };
    u.rows[0]!.pctAt = '7';
    expect(peekFirstScreen(u, 'ada')).toBe(null);
  });
});
