import { signal } from '@preact/signals';
import { act, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import type { LoadedSettings } from '../settings/settingsStore';
import { createQueueModel } from '../triage/queueModel';
import { PopupApp } from './PopupApp';
import type { PopupServices } from './popupServices';

const me = { id: 'ada', name: 'Ada', role: 'L1' };
const head = { v: 1 as const, agentId: 'ada', total: 1, rows: [{ item: q(), pctAt: 0 }] };

function app(peeked: Parameters<typeof PopupApp>[0]['peeked']) {
  const verified = signal<LoadedSettings | null>(null);
  const model = peeked?.signedIn
    ? createQueueModel({ now: () => 0, meId: 'ada', head, store: () => new Promise(() => {}) })
    : null;
  render(
    <PopupApp
      peeked={peeked}
      verified={verified}
      model={model}
      services={signal<PopupServices | null>(null)}
      send={async () => ({ ok: true }) as never}
      openSetup={() => {}}
      initialTicket={null}
      win={window}
    />,
  );
  return { verified };
}

describe('PopupApp', () => {
  it('shows the agent’s queue from the peek, then takes it away if zod rejects the settings', async () => {
    const { verified } = app({ mode: 'agent', me, signedIn: true });
    expect(screen.getByRole('tab', { name: 'Triage' })).toBeTruthy();
    expect(document.querySelector('[data-ticket="TD-1001"]')).not.toBeNull();
    expect(screen.getByText('Ada · L1')).toBeTruthy();
    await act(() => void (verified.value = { ok: false, reason: 'hubUrl: expected an origin' }));
    expect(document.querySelector('[data-ticket]')).toBeNull();
    expect(screen.getByText(/not set up yet \(hubUrl: expected an origin\)/)).toBeTruthy();
  });

  it('asks for setup when nothing usable is stored', async () => {
    const { verified } = app(null);
    expect(screen.getByText('Tierdesk is not set up yet.')).toBeTruthy();
    await act(() => void (verified.value = { ok: false, reason: 'not set up yet' }));
    expect(screen.getByText('Tierdesk is not set up yet.')).toBeTruthy();
  });

  it('opens a reporter on the Report tab, waiting for the parsed settings and services', () => {
    app({ mode: 'reporter', me: null, signedIn: false });
    expect(screen.queryByRole('tab', { name: 'Triage' })).toBeNull();
    expect(screen.getByRole('tab', { name: 'Report' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('loading…')).toBeTruthy();
  });
});
