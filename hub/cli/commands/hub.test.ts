import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main';
import { openSqliteStore } from '../../store/sqliteStore';
import { sha256Hex } from '../../auth/tokens';

const dir = mkdtempSync(join(tmpdir(), 'tierdesk-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd: dir },
  };
}

describe('tierdesk hub add-agent', () => {
  it('prints a token once and stores only its hash', async () => {
    const r = io();
    expect(
      await main(
        ['hub', 'add-agent', '--name', 'Grace Hopper', '--role', 'L2', '--data', 'data'],
        r.io,
      ),
    ).toBe(0);
    const token = r.out.join('\n').match(/token: (td_\S+)/)?.[1];
    expect(token).toBeDefined();
    const store = openSqliteStore(join(dir, 'data'));
    try {
      const agent = store.agentByTokenHash(sha256Hex(token!));
      expect(agent).toMatchObject({ id: 'grace-hopper', name: 'Grace Hopper', role: 'L2' });
      expect(JSON.stringify(store.agents())).not.toContain(token!);
    } finally {
      store.close();
    }
  });

  it('refuses a missing name or an unknown role with a usage error', async () => {
    const r = io();
    expect(await main(['hub', 'add-agent', '--role', 'L1', '--data', 'data'], r.io)).toBe(2);
    expect(
      await main(['hub', 'add-agent', '--name', 'X', '--role', 'boss', '--data', 'data'], r.io),
    ).toBe(2);
    expect(r.err.join('\n')).toMatch(/--role must be one of/);
  });
});

describe('tierdesk hub', () => {
  it('explains each mistake of a config file and exits 1', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        apps: [{ id: 'x', name: 'X', intakeKeys: ['nope'], allowedOrigins: [] }],
        hub: { rateLimits: { agent: { perMinute: 0, burst: 1 } } },
      }),
    );
    const r = io();
    expect(await main(['hub', '--config', file, '--port', '0', '--data', 'data'], r.io)).toBe(1);
    const text = r.err.join('\n');
    expect(text).toMatch(/apps\.0\.intakeKeys\.0/);
    expect(text).toMatch(/hub\.rateLimits\.agent\.perMinute/);
  });

  it('refuses an unknown option', async () => {
    const r = io();
    expect(await main(['hub', '--prot', '80'], r.io)).toBe(2);
  });
});
