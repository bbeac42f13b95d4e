import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { OutboxDb } from '@tierdesk/client/outbox/outboxDb';
import type { TicketDraft } from '@tierdesk/core/model/draft';
import type { WidgetWorld } from '../stages/stageTypes';
import { openWidgetOutbox } from './widgetOutbox';

const draft: TicketDraft = {
  id: '01JNQ6Z8Y4BBBBBBBBBBBBBBBB',
  app: { id: 'outbox-test' },
  source: 'widget',
  summary: 'Cannot log in',
  description: 'I typed password: Winter2025! and it failed',
  impact: 'individual',
  urgency: 'blocked',
  reporter: {},
  createdAt: '2026-03-01T10:00:00.000Z',
};

describe('openWidgetOutbox', () => {
  it('redacts before storing, keeps the ticket when offline, and leaves a resume hint', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const world = {
      win: window,
      config: { hub: 'https://hub.example', app: 'outbox-test', key: 'pk_outbox_test_1' },
      fetch: offline,
      now: () => Date.parse('2026-03-01T10:00:00Z'),
    } as unknown as WidgetWorld;
    const outbox = openWidgetOutbox(world);
    expect(await outbox.submit(draft)).toEqual({ kind: 'queued' });
    const db = new OutboxDb('tierdesk-outbox-outbox-test');
    const [stored] = await db.entries.toArray();
    db.close();
    expect(stored?.id).toBe(draft.id);
    expect(stored?.draft.description).not.toContain('Winter2025!');
    expect(localStorage.getItem('tierdesk:pending:outbox-test')).toBe('1');
  });
  it('leaves the resume hint before it writes the outbox, so a reload in between still resumes', async () => {
    localStorage.removeItem('tierdesk:pending:outbox-early');
    const world = {
      win: window,
      config: { hub: 'https://hub.example', app: 'outbox-early', key: 'pk_outbox_test_1' },
      fetch: (async () => new Response('{}', { status: 503 })) as unknown as typeof fetch,
      now: () => Date.parse('2026-03-01T10:00:00Z'),
    } as unknown as WidgetWorld;
    const sending = openWidgetOutbox(world).submit({ ...draft, id: '01JNQ6Z8Y4CCCCCCCCCCCCCCCC' });
    // Nothing has been written to IndexedDB yet: the page could unload right here.
    expect(localStorage.getItem('tierdesk:pending:outbox-early')).not.toBeNull();
    await sending;
  });
});
