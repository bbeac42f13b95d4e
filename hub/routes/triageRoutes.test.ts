import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../testing/testHub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.dispose());

const input = {
  app: 'payroll',
  summary: 'Locked out of my account',
  description: 'Too many attempts, account locked',
  impact: 'individual',
  urgency: 'blocked',
};

describe('POST /v1/triage/preview', () => {
  it('answers classification, priority and the due times promised if submitted now', async () => {
    const res = await hub.request('/v1/triage/preview', { method: 'POST', as: 'key', json: input });
    expect(res.status).toBe(200);
    const preview = await res.json();
    expect(preview.priority).toBe('P3');
    expect(preview.classification).toMatchObject({
      category: expect.any(String),
      tier: expect.stringMatching(/^L[123]$/),
    });
    expect(Date.parse(preview.due.firstResponse)).toBeGreaterThan(Date.now());
    expect(Date.parse(preview.due.resolution)).toBeGreaterThan(
      Date.parse(preview.due.firstResponse),
    );
    expect(preview.knownIssues).toEqual([]);
    expect(await hub.store.countOpen()).toBe(0);
  });

  it('refuses another app, bad fields and no credential', async () => {
    expect(
      (
        await hub.request('/v1/triage/preview', {
          method: 'POST',
          as: 'key',
          json: { ...input, app: 'wiki' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await hub.request('/v1/triage/preview', {
          method: 'POST',
          as: 'key',
          json: { ...input, impact: 'galaxy' },
        })
      ).status,
    ).toBe(400);
    expect((await hub.request('/v1/triage/preview', { method: 'POST', json: input })).status).toBe(
      401,
    );
    expect(
      (
        await hub.request('/v1/triage/preview', {
          method: 'POST',
          as: 'L1',
          json: { ...input, app: 'wiki' },
        })
      ).status,
    ).toBe(200);
  });
});
