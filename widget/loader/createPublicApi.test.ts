import { describe, expect, it, vi } from 'vitest';
import { createEmitter } from './createEmitter';
import { createPublicApi, replayQueue } from './createPublicApi';

function setup() {
  const calls: unknown[][] = [];
  const warnings: string[] = [];
  const controls = {
    open: (p?: unknown) => calls.push(['open', p]),
    close: () => calls.push(['close']),
    identify: (u: unknown) => calls.push(['identify', u]),
    setContext: (d: unknown) => calls.push(['setContext', d]),
    destroy: () => calls.push(['destroy']),
  };
  const warn = (m: string) => warnings.push(m);
  const emitter = createEmitter(warn);
  const api = createPublicApi(controls, emitter, warn, '0.1.0');
  return { api, calls, warnings, emitter };
}

describe('createPublicApi', () => {
  it('passes valid calls through', () => {
    const { api, calls } = setup();
    api.open({ summary: 'VPN down', urgency: 'blocked' });
    api.identify({ id: 'u42', email: 'ana@example.com' });
    api.setContext({ role: 'clerk', record: 7 });
    expect(calls).toEqual([
      ['open', { summary: 'VPN down', urgency: 'blocked' }],
      ['identify', { id: 'u42', email: 'ana@example.com' }],
      ['setContext', { role: 'clerk', record: 7 }],
    ]);
  });

  it('warns about bad arguments, naming the field, and never throws', () => {
    const { api, calls, warnings } = setup();
    api.open({ urgency: 'apocalyptic' });
    api.identify({ email: 'ana@localhost' }); // core's schema would refuse it at intake
    api.identify('bob');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    api.setContext(cyclic);
    api.setContext({ big: 'x'.repeat(9000) });
    api.on('exploded', () => {});
    expect(calls).toEqual([['open', undefined]]);
    expect(warnings[0]).toContain('urgency');
    expect(warnings[1]).toContain('email');
    expect(warnings).toHaveLength(6);
  });

  it('keeps the host safe from its own throwing handlers', () => {
    const { api, emitter, warnings } = setup();
    const seen: unknown[] = [];
    api.on('submitted', () => {
      throw new Error('host bug');
    });
    const off = api.on('submitted', (p: unknown) => seen.push(p));
    emitter.emit('submitted', { number: 'TD-1' });
    off();
    emitter.emit('submitted', { number: 'TD-2' });
    expect(seen).toEqual([{ number: 'TD-1' }]);
    expect(warnings[0]).toContain('submitted');
  });

  it('replays calls queued on the stub, in order, and stops after destroy', () => {
    const { api, calls } = setup();
    const stub: unknown[] = [['identify', { id: 'u1' }], ['open'], ['nonsense'], 42];
    replayQueue(api, stub, () => {});
    api.push(['close']);
    api.destroy();
    api.open();
    expect(calls).toEqual([
      ['identify', { id: 'u1' }],
      ['open', undefined],
      ['close'],
      ['destroy'],
    ]);
  });

  it('guards against a control that throws', () => {
    const warn = vi.fn();
    const api = createPublicApi(
      {
        open: () => {
          throw new Error('x');
        },
        close() {},
        identify() {},
        setContext() {},
        destroy() {},
      },
      createEmitter(warn),
      warn,
      '0',
    );
    expect(() => api.open()).not.toThrow();
    expect(warn).toHaveBeenCalled();
  });
});

describe('identify and core agree on e-mail addresses', () => {
  it('accepts exactly what core’s reporter schema accepts', async () => {
    const z = await import('zod/mini');
    const { reporterSchema } = await import('@tierdesk/core/model/draft');
    for (const email of [
      'a@b.co',
      'ana@localhost',
      'x@y',
      'first.last+tag@mail.example.org',
      'a..b@c.de',
      ' a@b.co',
    ]) {
      const { api, calls } = setup();
      api.identify({ email });
      expect([email, calls.length === 1]).toEqual([
        email,
        z.safeParse(reporterSchema, { email }).success,
      ]);
    }
  });
});
