import { describe, expect, it } from 'vitest';
import { createFormClient } from './formClient';

const preview = {
  classification: {
    category: 'vpn',
    tier: 'L2',
    confidence: 0.8,
    needsTriage: false,
    reasons: [{ source: 'text', detail: 'vpn', weight: 1 }],
  },
  priority: 'P3',
  due: { firstResponse: '2026-03-01T11:00:00Z', resolution: null },
  knownIssues: [
    { id: 'vpn-cert', title: 'VPN cert', workaround: 'Renew', score: 3, matchedTerms: ['vpn'] },
  ],
};

function client(answer: () => Response) {
  const seen: Array<{ url: string; init: RequestInit }> = [];
  const fetch = (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return answer();
  }) as unknown as typeof globalThis.fetch;
  return { seen, form: createFormClient({ hub: 'https://hub.test/', key: 'pk_test12345', fetch }) };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createFormClient', () => {
  it('asks for a preview with the intake key and keeps only the fields the form reads', async () => {
    const { form, seen } = client(() => json(preview));
    const input = {
      app: 'payroll',
      summary: 'VPN down',
      description: '',
      impact: 'individual',
      urgency: 'blocked',
    } as const;
    const result = await form.previewTriage(input);
    expect(seen[0]!.url).toBe('https://hub.test/v1/triage/preview');
    expect(seen[0]!.init).toMatchObject({ method: 'POST', credentials: 'omit' });
    expect(JSON.parse(seen[0]!.init.body as string)).toEqual(input);
    expect(result).toEqual({
      ok: true,
      status: 200,
      value: {
        classification: { category: 'vpn', tier: 'L2', needsTriage: false },
        priority: 'P3',
        due: preview.due,
        knownIssues: [{ id: 'vpn-cert', title: 'VPN cert', workaround: 'Renew' }],
      },
    });
  });

  it('still checks every field it reads, naming the bad one', async () => {
    const { form } = client(() => json({ ...preview, priority: 'P9' }));
    const result = await form.previewTriage({
      app: 'payroll',
      summary: 'VPN down',
      description: '',
      impact: 'team',
      urgency: 'minor',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind: 'invalid_response' });
    if (!result.ok) expect(result.error.message).toContain('priority');
  });

  it('records a deflection and reads the public config', async () => {
    const { form, seen } = client(() => new Response(null, { status: 204 }));
    expect(await form.deflect('vpn cert', 'VPN down')).toEqual({
      ok: true,
      value: null,
      status: 204,
    });
    expect(seen[0]!.url).toBe('https://hub.test/v1/known-issues/vpn%20cert/deflections');
    expect(JSON.parse(seen[0]!.init.body as string)).toEqual({ summary: 'VPN down' });

    const config = {
      app: { id: 'payroll', name: 'Payroll' },
      taxonomy: [{ id: 'vpn', label: 'VPN', tier: 'L2' }],
    };
    const c2 = client(() => json(config));
    expect(await c2.form.publicConfig('payroll')).toMatchObject({ ok: true, value: config });
    expect(c2.seen[0]!.url).toBe('https://hub.test/v1/config/public?app=payroll');
  });
});
