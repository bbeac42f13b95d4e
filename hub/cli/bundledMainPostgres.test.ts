// The bundled `tierdesk hub` on PostgreSQL: the store's chunk is loaded on demand and `pg`
// resolves from node_modules, so a real hub process takes a ticket into the database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresForTests } from '../store/postgres/testing/postgresForTests';
import { cliHubConfig, startCliHub, submitDraft } from '../testing/cliHub';

const postgres = postgresForTests();
const dir = mkdtempSync(join(tmpdir(), 'tierdesk-bundled-pg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tierdesk hub from the bundle, on PostgreSQL', () => {
  it('stores a ticket in the database, where a restarted hub finds it', async () => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify(cliHubConfig));
    const database = await postgres.database();
    const args = ['--port', '0', '--database', database, '--config', 'config.json'];
    const first = await startCliHub(args, dir);
    const intake = await submitDraft(first.url).finally(() => first.stop());
    expect(intake.status).toBe(201);
    expect(first.fellBack()).toBe(false);
    // A second process on the same database knows the ticket: the same draft again is a replay.
    const second = await startCliHub(args, dir);
    const again = await submitDraft(second.url, intake.id).finally(() => second.stop());
    expect(again.status).toBe(200);
  }, 60_000);
});
