import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { queueOverscan } from '../triage/QueueList';
import { sortQueue } from '../triage/queueOrder';
import { firstScreenKey, firstScreenOf, headSize, writeFirstScreen } from './firstScreen';
import { parseFirstScreen } from './parseFirstScreen';

const at = (min: number) => new Date(Date.parse('2026-11-02T09:00:00.000Z') + min * 60_000);

describe('firstScreen', () => {
  it('holds every row the list shows before the whole cache is read (in view and overscan)', () => {
    const inView = Math.ceil(440 / 44); // TriageTab's list height over QueueRow's height
    expect(headSize).toBeGreaterThanOrEqual(inView + queueOverscan);
  });

  it('keeps the soonest-due screenful in SLA order and the size of the whole queue', () => {
    const items = Array.from({ length: headSize + 10 }, (_, i) =>
      q({ id: `I${i}`, number: `TD-${i}`, nextDueAt: at(headSize + 10 - i).toISOString() }),
    );
    const screen = firstScreenOf(
      sortQueue(items),
      (id) => (id === `I${headSize + 9}` ? 9 : 7),
      'ada',
    );
    expect(screen.rows).toHaveLength(headSize);
    expect(screen.rows[0]?.item.number).toBe(`TD-${headSize + 9}`);
    expect(screen.rows.slice(0, 2).map((r) => r.pctAt)).toEqual([9, 7]);
    expect(screen.total).toBe(headSize + 10);
  });

  it('round-trips through storage.local for the same agent only', async () => {
    fakeBrowser.reset();
    await writeFirstScreen(
      fakeBrowser.storage.local,
      firstScreenOf([q()], () => 5, 'ada'),
    );
    const raw = (await fakeBrowser.storage.local.get(firstScreenKey))[firstScreenKey];
    expect(parseFirstScreen(raw, 'ada')?.rows.map((r) => r.item.number)).toEqual(['TD-1001']);
    expect(parseFirstScreen(raw, 'bob')).toBe(null);
  });
});
