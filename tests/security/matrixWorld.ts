// Starts a real hub (SQLite in a temp folder, 127.0.0.1) and seeds what the authorization
// matrix acts on: an agent per role and a deactivated one, two tickets with their reporter
// tokens, an attachment and a known issue.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulidx';
import { pngImage } from '../../hub/attachments/testImages';
import { addAgent } from '../../hub/auth/addAgent';
import { draft, startTestHub, testConfig, type TestHub } from '../../hub/testing/testHub';
import { deactivateAgent } from './hubDatabase';
import type { RouteWorld } from './routeCatalog';

/** Limits high enough that the matrix itself is never rate limited (that has its own test). */
export const generousLimits = {
  intakeClient: { perMinute: 100_000, burst: 10_000 },
  intakeKey: { perMinute: 100_000, burst: 10_000 },
  agent: { perMinute: 100_000, burst: 10_000 },
  anonymous: { perMinute: 100_000, burst: 10_000 },
};

export function fakeWidgetDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tierdesk-sec-widget-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'tierdesk-widget.js'), 'window.Tierdesk = window.Tierdesk || [];');
  return dir;
}

async function ok(res: Response, what: string): Promise<Record<string, unknown>> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

export interface MatrixWorld extends RouteWorld {
  hub: TestHub;
  /** Checks the deactivated agent's token worked before it was deactivated. */
  deactivatedWorkedBefore: boolean;
  /** The tier the ticket under test was classified into. */
  ticketTier: string;
}

export async function startMatrixWorld(): Promise<MatrixWorld> {
  const base = testConfig();
  const hub = await startTestHub({
    config: { ...base, hub: { rateLimits: generousLimits } },
    widgetDir: fakeWidgetDir(),
  });
  const gone = await addAgent(
    hub.store,
    { name: 'Left the team', role: 'admin', id: 'agent-gone' },
    hub.context.now(),
  );
  const before = await hub.request('/v1/me', {
    headers: { Authorization: `Bearer ${gone.token}` },
  });
  deactivateAgent(hub.dataDir, 'agent-gone');
  const submit = async () =>
    (await ok(
      await hub.request('/v1/tickets', {
        method: 'POST',
        as: 'key',
        json: draft({ id: ulid(), createdAt: new Date().toISOString() }),
      }),
      'intake',
    )) as { id: string; reporterToken: string; tier: string };
  const a = await submit();
  const b = await submit();
  const attachment = await ok(
    await hub.request(`/v1/tickets/${a.id}/attachments?kind=screenshot`, {
      method: 'POST',
      as: 'L1',
      headers: { 'Content-Type': 'image/png' },
      body: new Uint8Array(pngImage(3, 3)),
    }),
    'attachment',
  );
  await ok(
    await hub.request('/v1/known-issues', {
      method: 'POST',
      as: 'lead',
      json: {
        id: 'ki-payslip',
        title: 'Payslip page error',
        symptoms: 'payslip page error',
        workaround: 'Open the payslip from the archive tab.',
        apps: ['payroll'],
      },
    }),
    'known issue',
  );
  return {
    hub,
    tokens: hub.tokens,
    deactivatedToken: gone.token,
    deactivatedWorkedBefore: before.status === 200,
    reporterToken: a.reporterToken,
    otherReporterToken: b.reporterToken,
    ticketId: a.id,
    ticketTier: a.tier,
    attachmentId: attachment['id'] as string,
    knownIssueId: 'ki-payslip',
  };
}
