// What the hub bench sends: one app with its key and origin, rate limits out of the way, and
// drafts that vary impact, urgency, summary and reporter as a real intake stream does.
import { monotonicFactory } from 'ulidx';
import type { Impact, TicketDraft, Urgency } from '../core/index';

export const origin = 'https://payroll.bench.example';
export const key = 'pk_bench_payroll_key';
export const config = {
  apps: [{ id: 'payroll', name: 'Payroll', intakeKeys: [key], allowedOrigins: [origin] }],
  hub: {
    rateLimits: {
      intakeClient: { perMinute: 10_000_000, burst: 1_000_000 },
      intakeKey: { perMinute: 10_000_000, burst: 1_000_000 },
      agent: { perMinute: 10_000_000, burst: 1_000_000 },
    },
  },
};
const impacts: Impact[] = ['individual', 'team', 'department', 'organization'];
const urgencies: Urgency[] = ['blocked', 'degraded', 'minor'];
export const summaries = [
  'Payslip page shows an error',
  'Cannot log in, account locked after too many attempts',
  'VPN drops every few minutes',
  'Printer on floor 3 jams',
  'Expense report export is very slow',
];

const nextId = monotonicFactory();
export function benchDraft(i: number): TicketDraft {
  return {
    id: nextId(),
    app: { id: 'payroll', version: '3.2.1', environment: 'production' },
    source: 'widget',
    summary: summaries[i % summaries.length]!,
    description:
      'When I open the page it says "Something went wrong" and nothing loads. I tried twice.',
    impact: impacts[i % 4]!,
    urgency: urgencies[i % 3]!,
    reporter: { id: `u-${i % 5000}`, name: 'Bench User', email: 'bench@example.com' },
    createdAt: '2026-11-02T09:00:00.000Z',
  };
}
