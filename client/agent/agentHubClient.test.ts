import { describe, expect, it } from 'vitest';
import { sampleTicket } from '@tierdesk/core/testing/sampleTicket';
import { createAgentHubClient } from './agentHubClient';
import { fakeFetch, json, sampleQueueItem } from './testing/sampleQueueItem';

const hubUrl = 'https://hub.example';

describe('createAgentHubClient', () => {
  it('sends the agent token and the queue filters, and parses the page', async () => {
    const f = fakeFetch(() => json({ items: [sampleQueueItem()], nextCursor: 'c2' }));
    const hub = createAgentHubClient({ hubUrl, token: 'td_abc', fetch: f.fetch });
    const r = await hub.queue({ tier: 'L1', assignee: 'me', app: '' }, { limit: 50 });
    expect(r.ok && r.value.items[0]?.number).toBe('TD-1001');
    expect(r.ok && r.value.nextCursor).toBe('c2');
    const call = f.calls[0]!;
    expect(call.url.pathname).toBe('/v1/queue');
    expect(Object.fromEntries(call.url.searchParams)).toEqual({
      tier: 'L1',
      assignee: 'me',
      limit: '50',
    });
    expect((call.init.headers as Record<string, string>)['Authorization']).toBe('Bearer td_abc');
  });

  it('turns the hub error body into a value naming the code and the fields', async () => {
    const f = fakeFetch(() =>
      json(
        {
          error: {
            code: 'workflow_rejected',
            message: 'an L1 agent cannot resolve an L3 ticket',
            issues: [{ path: 'tier', message: 'L3' }],
          },
        },
        422,
      ),
    );
    const hub = createAgentHubClient({ hubUrl, token: 'td_x', fetch: f.fetch });
    const r = await hub.act('T1', { type: 'resolve', resolution: 'done' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.status).toBe(422);
      expect(r.error.code).toBe('workflow_rejected');
      expect(r.error.message).toContain('tier: L3');
    }
  });

  it('refuses an escalation without notes before sending anything', async () => {
    const f = fakeFetch(() => json({}));
    const hub = createAgentHubClient({ hubUrl, token: 'td_x', fetch: f.fetch });
    const r = await hub.act('T1', { type: 'escalate', to: 'L2', notes: '   ' });
    expect(!r.ok && r.error.code).toBe('validation_failed');
    expect(!r.ok && r.error.message).toContain('notes');
    expect(f.calls).toHaveLength(0);
  });

  it('posts a valid action as JSON and parses the ticket answer', async () => {
    const f = fakeFetch(() => json({ ticket: sampleTicket({ status: 'triaged' }), events: [] }));
    const hub = createAgentHubClient({ hubUrl, token: 'td_x', fetch: f.fetch });
    const r = await hub.act('01JD8Z5Q9X7YB3C4D5E6F7G8H9', { type: 'acknowledge' });
    expect(r.ok && r.value.ticket.status).toBe('triaged');
    expect(f.calls[0]!.init.method).toBe('POST');
    expect(JSON.parse(String(f.calls[0]!.init.body))).toEqual({ type: 'acknowledge' });
  });

  it('reports an answer that breaks the contract as bad_response naming the field', async () => {
    const f = fakeFetch(() => json({ id: 'a1', name: 'Ada', role: 'janitor' }));
    const r = await createAgentHubClient({ hubUrl, token: 't', fetch: f.fetch }).me();
    expect(!r.ok && r.error.code).toBe('bad_response');
    expect(!r.ok && r.error.message).toContain('role');
  });

  it('reports an unreachable hub as a network error, and Retry-After of a 429', async () => {
    const down = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const r1 = await createAgentHubClient({ hubUrl, token: 't', fetch: down.fetch }).me();
    expect(!r1.ok && r1.error).toMatchObject({ status: 0, code: 'network' });
    const limited = fakeFetch(() =>
      json({ error: { code: 'rate_limited', message: 'slow down' } }, 429, { 'Retry-After': '7' }),
    );
    const r2 = await createAgentHubClient({ hubUrl, token: 't', fetch: limited.fetch }).me();
    expect(!r2.ok && r2.error).toMatchObject({ code: 'rate_limited', retryAfterS: 7 });
  });
});
