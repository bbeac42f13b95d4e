// Generated hub configuration files: a full valid config bent by bentJson.ts, random JSON, or
// text that is not JSON at all.
import fc from 'fast-check';
import { testConfig } from '../../../hub/testing/testHub';
import { bendBody, bodyMutation } from './bentJson';

/** A config using every section, so mutations reach each of them. */
export function fullConfig(): Record<string, unknown> {
  const base = testConfig();
  return {
    ...base,
    apps: [
      ...(base.apps ?? []),
      {
        id: 'crm',
        name: 'CRM',
        intakeKeys: ['pk_test_crm_000001'],
        allowedOrigins: ['*'],
        maskSelectors: ['.iban', '#salary'],
        apiPrefixes: ['https://crm.example/api/'],
      },
    ],
    hub: {
      publicUrl: 'https://support.example',
      agentOrigins: ['chrome-extension://abcdefghijklmnopabcdefghijklmnop'],
      trustProxy: false,
      rateLimits: { intakeClient: { perMinute: 60, burst: 20 } },
      limits: { jsonBytes: 524288, attachmentBytes: 8388608 },
      webhooks: [
        {
          url: 'https://hooks.example/td',
          secret: 'whsec_0123456789abcdef',
          events: ['sla.breach'],
        },
      ],
      heartbeatSeconds: 15,
      incidentWindowMinutes: 30,
      majorIncidentReporters: 5,
    },
  };
}

/** The text of a config file. */
export const configText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: bodyMutation.map((m) => {
      const bent = bendBody(JSON.stringify(fullConfig()), m).body;
      return typeof bent === 'string' ? bent : Buffer.from(bent ?? '').toString('latin1');
    }),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);
