// The store contract against SQLite: in memory, and on a file in a temp folder (WAL, as a hub runs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStore } from './sqliteStore';
import { storeContract } from './storeContract';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

storeContract('sqlite in memory', () => openSqliteStore(':memory:'));
storeContract('sqlite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tierdesk-contract-'));
  dirs.push(dir);
  return openSqliteStore(dir);
});
