// The cached queue's rows as zod reads them: IndexedDB holds what any earlier build (or a damaged
// profile) wrote, so every row crosses a boundary on its way to the list. 10,000 rows are parsed
// in slices of idle time, so the popup answers keys and clicks while they are checked; a row the
// schema rejects is left out and counted, never shown.
import * as z from 'zod/mini';
import { queueItemSchema } from '@tierdesk/client/agent/queueSchemas';
import { parseWith } from '@tierdesk/core/model/parse';
import type { CachedQueueRow } from './extensionDb';

export const cachedQueueRowSchema = z
  .object({ id: z.string(), item: queueItemSchema, pctAt: z.number() })
  .check(
    z.refine((r) => r.id === r.item.id, {
      message: 'the row key is not its ticket’s id',
      path: ['id'],
    }),
  );

/** An idle period's budget (`IdleDeadline`, or a stand-in where there is no requestIdleCallback). */
export interface IdleSlice {
  timeRemaining(): number;
}

/** Resolves when the page is next idle. */
export type WaitForIdle = () => Promise<IdleSlice>;

export interface RejectedRow {
  /** The row's key as stored (whatever it is). */
  id: unknown;
  /** Each field the schema refused, and why. */
  message: string;
}

export interface ParsedRows {
  rows: CachedQueueRow[];
  rejected: RejectedRow[];
}

/** Rows parsed between two looks at the idle budget (one costs ~10–30 µs). */
const rowsPerCheck = 32;

export async function parseCachedRows(
  raw: readonly unknown[],
  waitForIdle: WaitForIdle,
): Promise<ParsedRows> {
  const rows: CachedQueueRow[] = [];
  const rejected: RejectedRow[] = [];
  let i = 0;
  while (i < raw.length) {
    const slice = await waitForIdle();
    // At least one batch per slice: a deadline that came by timeout has no time left at all.
    do {
      const end = Math.min(raw.length, i + rowsPerCheck);
      for (; i < end; i++) {
        const parsed = parseWith(cachedQueueRowSchema, raw[i]);
        if (parsed.ok) rows.push(parsed.value);
        else
          rejected.push({ id: (raw[i] as { id?: unknown } | null)?.id, message: parsed.message });
      }
    } while (i < raw.length && slice.timeRemaining() > 1);
  }
  return { rows, rejected };
}

/** No waiting: the whole parse at once (the background, which has no page to keep responsive). */
export const parseAtOnce: WaitForIdle = async () => ({ timeRemaining: () => Infinity });

/** Whether a stored row is one the schema accepts (a synchronous look, inside a transaction). */
export const isCachedQueueRow = (row: unknown): boolean =>
  z.safeParse(cachedQueueRowSchema, row).success;

/**
 * The page's idle periods: `requestIdleCallback` (Chromium, Firefox), with a timeout so a busy
 * popup still gets through its rows; a zero-delay task where there is none (tests, old engines).
 */
export function idleOf(win: {
  requestIdleCallback?: (cb: (d: IdleSlice) => void, o?: { timeout: number }) => number;
  setTimeout: (cb: () => void, ms?: number) => unknown;
}): WaitForIdle {
  return () =>
    new Promise((resolve) => {
      if (win.requestIdleCallback) win.requestIdleCallback(resolve, { timeout: 200 });
      else
        win.setTimeout(() => {
          const until = Date.now() + 8;
          resolve({ timeRemaining: () => until - Date.now() });
        }, 0);
    });
}
