// Writes the golden fixture of the SLA engine (`npx tsx core/sla/testing/printSlaGolden.ts >
// core/sla/testing/slaGolden.json`), or with a key the full output of that one sample, to diff
// what a change moved against the same command run at an older commit.
import { calendarGoldenSamples, slaGoldenSamples, textHash } from './slaGolden';

// core has no Node types (it stays pure); this script only runs under tsx, by hand.
declare const console: { log(text: string): void };
declare const process: { argv: string[] };

/** How many random tickets and calendars the fixture holds. */
export const goldenTickets = 300;
export const goldenCalendars = 300;

const samples = [
  ...slaGoldenSamples(0, goldenTickets),
  ...calendarGoldenSamples(0, goldenCalendars),
];
const key = process.argv[2];
if (key) console.log(samples.find((s) => s.key === key)?.output ?? `no sample '${key}'`);
else {
  const hashes = Object.fromEntries(samples.map((s) => [s.key, textHash(s.output)]));
  console.log(
    JSON.stringify({ tickets: goldenTickets, calendars: goldenCalendars, hashes }, null, 0),
  );
}
