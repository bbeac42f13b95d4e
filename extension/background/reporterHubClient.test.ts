import { describe, expect, it } from 'vitest';
import { fakeFetch, json } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { reporterHubClient } from './reporterHubClient';

const base = { hubUrl: 'https://hub.example', reportApp: 'web', consoleCapture: false };

describe('reporterHubClient', () => {
  it('sends the agent token instead of an intake key in agent mode', async () => {
    const f = fakeFetch(() => json({ items: [] }));
    const hub = reporterHubClient({ ...base, mode: 'agent', token: 'td_0123456789' }, f.fetch);
    await hub.matchKnownIssues('web', 'vpn');
    const h = new Headers(f.calls[0]!.init.headers);
    expect(h.get('Authorization')).toBe('Bearer td_0123456789');
    expect(h.has('X-Tierdesk-Key')).toBe(false);
  });
  it('sends the intake key in reporter mode', async () => {
    const f = fakeFetch(() => json({ items: [] }));
    const hub = reporterHubClient(
      { ...base, mode: 'reporter', intakeKey: 'pk_abcdefgh12' },
      f.fetch,
    );
    await hub.matchKnownIssues('web', 'vpn');
    const h = new Headers(f.calls[0]!.init.headers);
    expect(h.get('X-Tierdesk-Key')).toBe('pk_abcdefgh12');
    expect(h.has('Authorization')).toBe(false);
  });
});
