import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresBinDir, startPostgresServer } from './postgresServer';

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('startPostgresServer', () => {
  it('runs a throwaway cluster with separate databases, and deletes it on stop', async () => {
    const server = await startPostgresServer();
    let stopped = false;
    try {
      expect(existsSync(server.folder)).toBe(true);
      const a = await server.createDatabase();
      const b = await server.createDatabase();
      expect(a).not.toBe(b);
      await query(a, 'CREATE TABLE t (x int); INSERT INTO t VALUES (7)');
      expect(await query(a, 'SELECT x FROM t')).toEqual([{ x: 7 }]);
      await expect(query(b, 'SELECT x FROM t')).rejects.toThrow(/does not exist/);
      // Throwaway settings: no fsync, so tests do not wait on the shared disk.
      expect(await query(a, 'SHOW fsync')).toEqual([{ fsync: 'off' }]);
      await server.stop();
      stopped = true;
      expect(existsSync(server.folder)).toBe(false);
      await expect(query(a, 'SELECT 1')).rejects.toThrow();
    } finally {
      if (!stopped) await server.stop();
    }
  });

  it('finds initdb in $TIERDESK_PG_BIN or the newest Debian version, else says how to install', () => {
    const debian = mkdtempSync(join(tmpdir(), 'tierdesk-pgbin-'));
    try {
      for (const version of ['9', '15', '16']) {
        mkdirSync(join(debian, version, 'bin'), { recursive: true });
        if (version !== '16') writeFileSync(join(debian, version, 'bin', 'initdb'), '');
      }
      // 16 has no initdb (a client-only install): the newest with one wins, 15 over 9.
      expect(postgresBinDir({}, debian)).toBe(join(debian, '15', 'bin'));
      expect(postgresBinDir({ TIERDESK_PG_BIN: join(debian, '9', 'bin') }, debian)).toBe(
        join(debian, '9', 'bin'),
      );
      expect(() => postgresBinDir({}, join(debian, 'none'))).toThrow(
        /not found: install them[\s\S]*apt-get install postgresql/,
      );
    } finally {
      rmSync(debian, { recursive: true, force: true });
    }
  });
});
