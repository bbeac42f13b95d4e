import { describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { firstScreenOf } from './firstScreen';
import { parseFirstScreen } from './parseFirstScreen';

describe('parseFirstScreen', () => {
  it('accepts the record firstScreenOf writes, for its agent only', () => {
    const screen = firstScreenOf([q()], () => 5, 'ada');
    expect(parseFirstScreen(structuredClone(screen), 'ada')).toEqual(screen);
    expect(parseFirstScreen(screen, 'bob')).toBe(null);
  });

  it('ignores a record of another shape or version instead of half-reading it', () => {
    expect(parseFirstScreen(undefined, 'ada')).toBe(null);
    expect(parseFirstScreen({ v: 2, agentId: 'ada', total: 0, rows: [] }, 'ada')).toBe(null);
    expect(
      parseFirstScreen(
        { v: 1, agentId: 'ada', total: 1, rows: [{ item: { id: 'x' }, pctAt: 1 }] },
        'ada',
      ),
    ).toBe(null);
  });
});
