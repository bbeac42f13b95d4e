import { describe, expect, it } from 'vitest';
import type { PageContext } from '@tierdesk/core/model/context';
import type { TicketDraft } from '@tierdesk/core/model/draft';
import type { ReporterTicket } from '@tierdesk/client/api/schemas';
import { stringsFor } from '@tierdesk/ui/strings';
import { createDialogModel, type DialogDeps } from './createDialogModel';

const context: PageContext = {
  url: 'https://payroll.example/payslips?token=abc',
  title: 'Payslips',
  environment: { userAgent: 'UA' },
  viewport: { width: 800, height: 600, devicePixelRatio: 1 },
  locale: 'en',
  timeZone: 'UTC',
  consoleErrors: [{ level: 'error', message: 'boom', at: '2026-03-01T10:00:00.000Z' }],
  failedRequests: [],
  jsErrors: [],
  capturedAt: '2026-03-01T10:00:00.000Z',
};

function setup(overrides: Partial<DialogDeps> = {}) {
  const timers: Array<() => void> = [];
  const previews: string[] = [];
  const sent: TicketDraft[] = [];
  const model = createDialogModel({
    app: 'payroll',
    strings: stringsFor('en'),
    client: {
      previewTriage: async (input) => {
        previews.push(input.summary);
        return { ok: false, error: { kind: 'network', status: 0, code: 'network', message: '' } };
      },
      deflect: async () => ({ ok: true, value: null, status: 204 }),
    },
    snapshot: () => context,
    reporter: () => ({ id: 'u1' }),
    newId: () => '01JNQ6Z8Y4AAAAAAAAAAAAAAAA',
    now: () => Date.parse('2026-03-01T10:00:00Z'),
    submit: async (draft) => {
      sent.push(draft);
      return { kind: 'queued' };
    },
    watchMyTickets: async (onList) => {
      onList([]);
      return () => {};
    },
    encodeShot: async () => ({ bytes: new ArrayBuffer(1), type: 'image/png', name: 's.png' }),
    onSubmitted: () => {},
    setTimeout: (fn) => timers.push(fn),
    clearTimeout: () => {},
    ...overrides,
  });
  return { model, timers, previews, sent };
}

describe('createDialogModel', () => {
  it('asks for a preview only after typing settles, for the latest text', async () => {
    const { model, timers, previews } = setup();
    model.edit({ summary: 'VP' });
    model.edit({ summary: 'VPN' });
    model.edit({ summary: 'VPN down' });
    // Only the last timer matters; earlier ones were cleared (here: run and see the latest text).
    await timers.at(-1)!();
    expect(previews).toEqual(['VPN down']);
    expect(model.store.get().preview.state).toBe('unavailable');
  });

  it('will not review without a summary, and names the problem', () => {
    const { model } = setup();
    expect(model.toReview()).toBe(false);
    expect(model.store.get().errors.summary).toBe('Please fill this in');
  });

  it('sends the draft without the parts the user removed', async () => {
    const { model, sent } = setup();
    model.edit({ summary: 'Payslip blank', description: 'pw hunter2', impact: 'team' });
    expect(model.toReview()).toBe(true);
    model.toggle('console', false);
    await model.submit();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      summary: 'Payslip blank',
      description: 'pw hunter2',
      impact: 'team',
      source: 'widget',
      reporter: { id: 'u1' },
    });
    expect(sent[0]!.context!.consoleErrors).toEqual([]);
    expect(model.store.get()).toMatchObject({ step: 'done', outcome: { kind: 'queued' } });
  });

  it('keeps "my tickets" current while shown, and stops watching when it is left', async () => {
    let push: (items: ReporterTicket[] | null) => void = () => {};
    let stops = 0;
    const { model } = setup({
      watchMyTickets: async (onList) => {
        push = onList;
        return () => stops++;
      },
    });
    const row = (status: ReporterTicket['status']): ReporterTicket => ({
      id: 'T1',
      number: 'TD-1',
      summary: 'VPN down',
      status,
      priority: 'P3',
      due: { firstResponse: null, resolution: null },
      updatedAt: '2026-03-01T10:00:00.000Z',
      resolution: null,
    });
    await model.showMine();
    expect(model.store.get().mine).toBeNull();
    push([row('new')]);
    push([row('in_progress')]);
    expect(model.store.get().mine).toMatchObject([{ status: 'in_progress' }]);
    model.reset();
    expect(stops).toBe(1);
    push([row('resolved')]); // a late answer after leaving changes nothing
    expect(model.store.get()).toMatchObject({ step: 'form', mine: null });
    await model.showMine();
    push(null);
    expect(model.store.get().mine).toBe('unavailable');
    model.stopWatching();
    expect(stops).toBe(2);
  });
});
