// Issue 9, fuzzing the hub's HTTP API: generated requests to every route with every credential
// (bodies, queries, paths and headers bent by fast-check), in-process through the hub's own Hono
// app and a smaller sample over real HTTP. No 5xx, every refusal a clear JSON error, nothing
// stored from a refused request. The soak run (`tests/reliability/soak.ts`) sends more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzHubApi } from './fuzz/fuzzHubApi';
import { inProcess, overHttp } from './fuzz/senders';
import { watchedApp } from './fuzz/watchedApp';
import { fakeWidgetDir, startMatrixWorld, type MatrixWorld } from './matrixWorld';

const runs = Number(process.env['TIERDESK_FUZZ_RUNS'] ?? 2_000);
let world: MatrixWorld;
beforeAll(async () => {
  world = await startMatrixWorld();
});
afterAll(() => world.hub.dispose());

describe('hub API fuzzing', () => {
  it(`${runs} generated requests in-process: no 5xx, clear refusals, refusals store nothing`, async () => {
    const report = await fuzzHubApi(
      'hub API (in-process)',
      world,
      inProcess(watchedApp(world.hub, fakeWidgetDir())),
      {
        runs,
        seed: 9_001,
      },
    );
    expect(report.inputs).toBe(runs);
    expect(report.failures).toEqual([]);
    // The generator reaches both sides of the gate.
    expect(Object.keys(report.byStatus).some((s) => Number(s) < 300)).toBe(true);
    expect(report.byStatus[400]).toBeGreaterThan(0);
    expect(report.byStatus[401]).toBeGreaterThan(0);
  }, 600_000);

  it('300 generated requests over real HTTP: the same, checked on the database file', async () => {
    const report = await fuzzHubApi('hub API (HTTP)', world, overHttp(world.hub), {
      runs: 300,
      seed: 9_002,
    });
    expect(report.failures).toEqual([]);
  }, 300_000);
});
