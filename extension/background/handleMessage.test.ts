import { describe, expect, it, vi } from 'vitest';
import { sampleDraft } from '@tierdesk/core/testing/sampleTicket';
import { handleMessage, type MessageWorld } from './handleMessage';

const own = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

function world(): MessageWorld & { enqueued: unknown[] } {
  const enqueued: unknown[] = [];
  return {
    enqueued,
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext/',
    refresh: async () => ({ ok: true, count: 3, urgent: 1 }),
    capture: async () => ({ ok: false, error: 'x' }),
    settingsChanged: vi.fn(async () => {}),
    reports: {
      enqueue: async (d, s) => void enqueued.push([d.id, s?.type, s?.bytes.byteLength]),
      kick: async () => {},
      status: async () => ({ ok: true, pending: [], receipts: [] }),
    },
  };
}

describe('handleMessage', () => {
  it('dispatches a valid message from the popup', async () => {
    expect(await handleMessage({ type: 'refresh-queue' }, own, world())).toEqual({
      ok: true,
      count: 3,
      urgent: 1,
    });
  });

  it('refuses messages from content scripts and other extensions', async () => {
    const w = world();
    const fromTab = await handleMessage(
      { type: 'refresh-queue' },
      { id: 'ext', url: 'https://payroll.example/payslip', tab: { id: 1 } },
      w,
    );
    expect(fromTab).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
    const other = await handleMessage(
      { type: 'refresh-queue' },
      { id: 'evil', url: 'chrome-extension://evil/x' },
      w,
    );
    expect(other.ok).toBe(false);
  });

  it('names the field of an invalid message and stores nothing', async () => {
    const w = world();
    const r = await handleMessage(
      { type: 'submit-report', draft: { ...sampleDraft({ source: 'extension' }), summary: 'x' } },
      own,
      w,
    );
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('draft.summary') });
    expect(w.enqueued).toEqual([]);
    expect((await handleMessage({ type: 'format-disk' }, own, w)).ok).toBe(false);
  });

  it('queues a report with its screenshot bytes', async () => {
    const w = world();
    const r = await handleMessage(
      {
        type: 'submit-report',
        draft: sampleDraft({ source: 'extension' }),
        screenshot: {
          dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
          name: 'shot.png',
          annotations: 1,
        },
      },
      own,
      w,
    );
    expect(r).toEqual({ ok: true, queued: true });
    expect(w.enqueued).toEqual([['01JD8Z5Q9X7YB3C4D5E6F7G8H9', 'image/png', 8]]);
  });
});
