// Issue 9, fuzzing messages into the extension's background (fuzz/fuzzBackgroundMessages.ts):
// answers are values, refusals reach nothing. The soak run (`npm run bench -- security`) sends
// 10,000; `npm test` a sample.
import { describe, expect, it } from 'vitest';
import { fuzzBackgroundMessages } from './fuzz/fuzzBackgroundMessages';

const runs = Number(process.env['TIERDESK_FUZZ_RUNS'] ?? 1_000);

describe('extension background message fuzzing', () => {
  it(`${runs} generated messages: answers are values, refusals reach nothing`, async () => {
    const report = await fuzzBackgroundMessages(runs, 9_201);
    expect(report.inputs).toBe(runs);
    expect(report.failures).toEqual([]);
  }, 300_000);
});
