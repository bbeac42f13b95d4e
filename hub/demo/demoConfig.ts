// The demo's hub configuration: two internal apps, the default taxonomy and SLA policy, and a
// Berlin business calendar (the seeded tickets show working-hours clocks).
import type { HubConfigInput } from '../config/hubConfig';

export const demoIntakeKeys = {
  payroll: 'pk_demo_payroll_4f9a2c71e8',
  expenses: 'pk_demo_expenses_b83d10a6f2',
} as const;

export function demoConfig(appOrigins: string[]): HubConfigInput {
  // Failed requests are captured with absolute URLs: a bare '/api/' prefix would never match, and
  // a 5xx from the app's own API would not count as a signal (core/classify/context).
  const apiPrefixes = appOrigins.map((o) => `${o}/api/`);
  return {
    apps: [
      {
        id: 'payroll',
        name: 'Payroll',
        intakeKeys: [demoIntakeKeys.payroll],
        allowedOrigins: appOrigins,
        apiPrefixes,
        maskSelectors: ['#user'],
      },
      {
        id: 'expenses',
        name: 'Expenses',
        intakeKeys: [demoIntakeKeys.expenses],
        allowedOrigins: appOrigins,
        apiPrefixes,
      },
    ],
  };
}
