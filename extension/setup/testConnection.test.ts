import { describe, expect, it } from 'vitest';
import { fakeFetch, json } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { testConnection } from './testConnection';

const hubUrl = 'https://hub.example';

describe('testConnection', () => {
  it('says who the agent token belongs to', async () => {
    const f = fakeFetch((url) =>
      url.pathname === '/healthz'
        ? json({ ok: true, version: '0.1.0' })
        : json({ id: 'ada', name: 'Ada', role: 'L1' }),
    );
    const r = await testConnection({ hubUrl, mode: 'agent', token: 'td_x', app: 'web' }, f.fetch);
    expect(r).toEqual({ ok: true, version: '0.1.0', me: { id: 'ada', name: 'Ada', role: 'L1' } });
  });
  it('names the failing step', async () => {
    const down = fakeFetch(() => Promise.reject(new TypeError('refused')));
    expect(await testConnection({ hubUrl, mode: 'agent', app: 'web' }, down.fetch)).toMatchObject({
      ok: false,
      step: 'hub',
    });
    const refused = fakeFetch((url) =>
      url.pathname === '/healthz'
        ? json({ ok: true, version: '1' })
        : json({ error: { code: 'unauthorized', message: 'bad token' } }, 401),
    );
    const r = await testConnection(
      { hubUrl, mode: 'agent', token: 'td_bad', app: 'web' },
      refused.fetch,
    );
    expect(r).toMatchObject({
      ok: false,
      step: 'credential',
      message: expect.stringContaining('bad token'),
    });
  });
  it('checks an intake key against the app config in reporter mode', async () => {
    const f = fakeFetch((url, init) => {
      if (url.pathname === '/healthz') return json({ ok: true, version: '1' });
      expect(new Headers(init.headers).get('X-Tierdesk-Key')).toBe('pk_12345678');
      return json({ app: { id: 'web', name: 'Intranet', maskSelectors: [] }, taxonomy: [] });
    });
    expect(
      await testConnection(
        { hubUrl, mode: 'reporter', intakeKey: 'pk_12345678', app: 'web' },
        f.fetch,
      ),
    ).toEqual({
      ok: true,
      version: '1',
      appName: 'Intranet',
    });
  });
});
