import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../testing/testHub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.dispose());

const vpn = {
  id: 'vpn-cert-expired',
  title: 'VPN refuses to connect after the certificate rollover',
  symptoms: 'VPN client says certificate expired, cannot connect to VPN, connection refused',
  workaround: 'Open the VPN client, choose Settings → Refresh certificate, then reconnect.',
  apps: [],
  status: 'open',
};

describe('known issues', () => {
  it('are created by L2 and above, not by L1', async () => {
    expect(
      (await hub.request('/v1/known-issues', { method: 'POST', as: 'L1', json: vpn })).status,
    ).toBe(403);
    const res = await hub.request('/v1/known-issues', { method: 'POST', as: 'L2', json: vpn });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      id: 'vpn-cert-expired',
      deflections: 0,
      status: 'open',
    });
    expect(
      (await hub.request('/v1/known-issues', { method: 'POST', as: 'lead', json: vpn })).status,
    ).toBe(409);
  });

  it('are updated with PUT, keeping their deflection count', async () => {
    const res = await hub.request('/v1/known-issues/vpn-cert-expired', {
      method: 'PUT',
      as: 'admin',
      json: { ...vpn, workaround: 'Refresh the certificate in the VPN client.' },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).workaround).toBe('Refresh the certificate in the VPN client.');
    const { id: _id, ...withoutId } = vpn;
    expect(
      (await hub.request('/v1/known-issues/nope', { method: 'PUT', as: 'admin', json: withoutId }))
        .status,
    ).toBe(404);
    expect(
      (await hub.request('/v1/known-issues/nope', { method: 'PUT', as: 'admin', json: vpn }))
        .status,
    ).toBe(400);
    expect(
      (
        await hub.request('/v1/known-issues/vpn-cert-expired', {
          method: 'PUT',
          as: 'L1',
          json: vpn,
        })
      ).status,
    ).toBe(403);
    const bad = await hub.request('/v1/known-issues/vpn-cert-expired', {
      method: 'PUT',
      as: 'L3',
      json: { ...vpn, title: '' },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues[0].path).toBe('title');
  });

  it('match what a user types, for the widget', async () => {
    const res = await hub.request(
      '/v1/known-issues/match?app=payroll&q=' +
        encodeURIComponent('cannot connect to vpn, certificate expired'),
      { as: 'key' },
    );
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items[0]).toMatchObject({ id: 'vpn-cert-expired', workaround: expect.any(String) });
    expect(items[0].matchedTerms.length).toBeGreaterThan(0);
    const none = await (
      await hub.request('/v1/known-issues/match?app=payroll&q=printer%20jammed', { as: 'key' })
    ).json();
    expect(none.items).toEqual([]);
    expect((await hub.request('/v1/known-issues/match?app=wiki&q=vpn', { as: 'key' })).status).toBe(
      403,
    );
    expect((await hub.request('/v1/known-issues/match?q=vpn', { as: 'key' })).status).toBe(400);
  });

  it('count a deflection when the workaround solved it', async () => {
    const res = await hub.request('/v1/known-issues/vpn-cert-expired/deflections', {
      method: 'POST',
      as: 'key',
      json: { summary: 'vpn broken' },
    });
    expect(res.status).toBe(204);
    const list = await (await hub.request('/v1/known-issues', { as: 'L1' })).json();
    expect(list.items[0].deflections).toBe(1);
    expect(
      (
        await hub.request('/v1/known-issues/missing/deflections', {
          method: 'POST',
          as: 'key',
          json: {},
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await hub.request('/v1/known-issues/vpn-cert-expired/deflections', {
          method: 'POST',
          as: 'L1',
          json: {},
        })
      ).status,
    ).toBe(401);
  });
});
