import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/preact';
import type { AgentHubClient } from '@tierdesk/client/agent';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { ExtensionDb } from '../db/extensionDb';
import { TicketPanel } from './TicketPanel';

const offlineHub = {
  ticket: async () => ({
    ok: false,
    error: { status: 0, code: 'network', message: 'TypeError: Failed to fetch' },
  }),
  attachment: async () => ({ ok: false, error: { status: 0, code: 'network', message: '' } }),
} as unknown as AgentHubClient;

function panel(row: ReturnType<typeof q> | null) {
  return render(
    <TicketPanel
      id="01JD8Z5Q9X7YB3C4D5E6F7G8H9"
      hub={offlineHub}
      db={new ExtensionDb(`t-${Math.random()}`)}
      meId="ada"
      now={0}
      row={row ? { ...row, pctAt: 0 } : null}
      form={null}
      onForm={() => {}}
      onBack={() => {}}
      onOpen={() => {}}
    />,
  );
}

describe('TicketPanel offline', () => {
  it('shows what the queue row knows of a ticket never opened here, and says why no more', async () => {
    const { container } = panel(
      q({ number: 'TD-4242', summary: 'Payroll export <b>fails</b>', assignee: null }),
    );
    await waitFor(() => expect(container.textContent).toContain("can't be reached"));
    expect(container.querySelector('[data-ticket-row-only="TD-4242"]')).not.toBeNull();
    expect(container.textContent).toContain('Payroll export <b>fails</b>'); // text, not HTML
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('unassigned');
    expect(container.textContent).toContain('never opened here');
    expect(container.textContent).not.toContain('TypeError');
  });

  it('without a queue row says only that the hub cannot be reached', async () => {
    const { container } = panel(null);
    await waitFor(() => expect(container.textContent).toContain("the hub can't be reached"));
    expect(container.querySelector('[data-ticket-row-only]')).toBeNull();
  });
});
