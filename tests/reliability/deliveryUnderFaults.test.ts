// Issue 9, delivery under faults: tickets through the client outbox and direct clients while
// the hub process is killed (SIGKILL) and restarted 10 times and pages reload mid-send: none
// lost, none duplicated, every acknowledged ticket stored, SQLite opening clean after each kill.
// The soak run sends 500 tickets through the same runner.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deliverUnderFaults } from './deliverUnderFaults';

describe('delivery under faults', () => {
  it('10 kill -9 restarts with pages reloading: 0 lost, 0 duplicated, the database clean', async () => {
    const report = await deliverUnderFaults({
      tickets: 40,
      directTickets: 40,
      restarts: 10,
      seed: 1,
    });
    console.log('delivery under faults:', JSON.stringify(report));
    expect(report.restarts).toBe(10);
    expect(report.submitted).toBe(80);
    expect(report.lost).toBe(0);
    expect(report.duplicated).toBe(0);
    expect(report.refused).toBe(0);
    expect(report.corruptOpens).toBe(0);
  }, 600_000);
});
