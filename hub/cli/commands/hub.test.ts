import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main';
import { openSqliteStore } from '../../store/sqliteStore';
import { sha256Hex } from '../../auth/tokens';
import { startTestHub } from '../../testing/testHub';

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
    const store = await openSqliteStore(join(dir, 'data'));
    try {
      const agent = await store.agentByTokenHash(sha256Hex(token!));
      expect(agent).toMatchObject({ id: 'grace-hopper', name: 'Grace Hopper', role: 'L2' });
      expect(JSON.stringify(await store.agents())).not.toContain(token!);
    } finally {
      await store.close();
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

describe('tierdesk hub list-agents and revoke-agent', () => {
  it('lists the agents and revokes one by name or id: a running hub refuses its token at once', async () => {
    const hub = await startTestHub();
    // The CLI reaches the running hub's data, wherever it is.
    const data = hub.database ? ['--database', hub.database] : ['--data', hub.dataDir];
    try {
      const me = () => hub.request('/v1/me', { as: 'L1' });
      expect((await me()).status).toBe(200);
      const listed = io();
      expect(await main(['hub', 'list-agents', ...data], listed.io)).toBe(0);
      const table = listed.out.join('\n');
      expect(table).toMatch(/^id\s+name\s+role\s+created\s+token$/m);
      for (const role of ['L1', 'L2', 'L3', 'lead', 'admin']) expect(table).toContain(role);
      expect(table).not.toMatch(/td_/);

      const [l1] = (await hub.store.agents()).filter((a) => a.role === 'L1');
      const revoked = io();
      expect(await main(['hub', 'revoke-agent', '--name', l1!.name, ...data], revoked.io)).toBe(0);
      expect(revoked.out.join('\n')).toMatch(/revoked/);
      const refused = await me();
      expect(refused.status).toBe(401);
      expect((await refused.json()).error.code).toBe('unauthorized');
      // Others keep working; the revoked row stays, marked with when.
      expect((await hub.request('/v1/me', { as: 'L2' })).status).toBe(200);
      const json = io();
      expect(await main(['hub', 'list-agents', '--json', ...data], json.io)).toBe(0);
      const rows = JSON.parse(json.out.join('\n')) as Array<{
        id: string;
        active: boolean;
        revokedAt: string | null;
      }>;
      expect(rows.find((a) => a.id === l1!.id)).toMatchObject({ active: false });
      expect(rows.find((a) => a.id === l1!.id)!.revokedAt).toMatch(/^\d{4}-/);
      expect(rows.filter((a) => a.active)).toHaveLength(4);

      const [l3] = (await hub.store.agents()).filter((a) => a.role === 'L3');
      expect(await main(['hub', 'revoke-agent', '--id', l3!.id, ...data], io().io)).toBe(0);
      expect((await hub.request('/v1/me', { as: 'L3' })).status).toBe(401);
      // Again: nothing changes, and it says so.
      const again = io();
      expect(await main(['hub', 'revoke-agent', '--id', l3!.id, ...data], again.io)).toBe(0);
      expect(again.out.join('\n')).toMatch(/already revoked/);
    } finally {
      await hub.dispose();
    }
  });

  it('refuses an unknown agent, an ambiguous name, and neither or both of --id and --name', async () => {
    const data = ['--data', 'agents'];
    for (const name of ['Sam Twin', 'Sam Twin'])
      await main(['hub', 'add-agent', '--name', name, '--role', 'L1', ...data], io().io);
    const ambiguous = io();
    expect(await main(['hub', 'revoke-agent', '--name', 'Sam Twin', ...data], ambiguous.io)).toBe(
      1,
    );
    expect(ambiguous.err.join('\n')).toMatch(
      /2 agents are named "Sam Twin" \(sam-twin, sam-twin-2\): use --id/,
    );
    const unknown = io();
    expect(await main(['hub', 'revoke-agent', '--id', 'nobody', ...data], unknown.io)).toBe(1);
    expect(unknown.err.join('\n')).toMatch(/no agent with id "nobody"/);
    expect(await main(['hub', 'revoke-agent', ...data], io().io)).toBe(2);
    expect(
      await main(
        ['hub', 'revoke-agent', '--id', 'sam-twin', '--name', 'Sam Twin', ...data],
        io().io,
      ),
    ).toBe(2);
    const store = await openSqliteStore(join(dir, 'agents'));
    try {
      expect((await store.agents()).every((a) => a.active)).toBe(true);
    } finally {
      await store.close();
    }
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
