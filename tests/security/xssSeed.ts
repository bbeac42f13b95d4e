// Seeds a hub with XSS payloads in every field a person or a page controls: ticket summary,
// description, reporter, app version, the whole page context, comments, questions, replies,
// resolutions, known issues, and the taxonomy's labels and runbooks (config an admin writes).
import { defaultConfig } from '@tierdesk/core';
import { ulid } from 'ulidx';
import type { TestHub } from '../../hub/testing/testHub';
import { allPayloads, xssPayloads } from './xssPayloads';

const p = (i: number) => xssPayloads[i % xssPayloads.length]!;

/** The default taxonomy with a payload in every label and runbook. */
export function hostileTaxonomy() {
  return defaultConfig.taxonomy.map((c, i) => ({
    ...c,
    label: `${c.label} ${p(i)}`.slice(0, 80),
    runbook: [...(c.runbook ?? []), p(i + 1).slice(0, 300)],
  }));
}

function hostileContext(i: number) {
  const at = new Date().toISOString();
  return {
    url: 'javascript:__xss(5)',
    title: p(i),
    referrer: 'javascript:__xss(5)',
    viewport: { width: 1280, height: 800, devicePixelRatio: 1 },
    locale: 'en',
    timeZone: 'UTC',
    consoleErrors: xssPayloads.map((message) => ({ level: 'error' as const, message, at })),
    failedRequests: [
      { method: 'GET', url: 'javascript:__xss(5)', status: 500, durationMs: 3, at },
      { method: p(i).slice(0, 16), url: p(i + 2), status: 502, durationMs: 3, error: p(i + 3), at },
    ],
    jsErrors: xssPayloads.slice(0, 20).map((message) => ({
      message,
      source: 'javascript:__xss(5)',
      stack: allPayloads.slice(0, 4000),
      kind: 'error' as const,
      at,
    })),
    navigation: [{ url: 'javascript:__xss(5)', at }],
    app: { [p(i).slice(0, 64)]: p(i + 4) },
    environment: { userAgent: p(i + 8), platform: p(i + 9).slice(0, 64), language: 'en' },
    capturedAt: at,
  };
}

async function ok(res: Response, what: string): Promise<Record<string, unknown>> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** Creates the hostile tickets and known issues; answers the ticket numbers. */
export async function seedHostileTickets(hub: TestHub, count = 4): Promise<string[]> {
  for (let k = 0; k < 3; k++) {
    await ok(
      await hub.request('/v1/known-issues', {
        method: 'POST',
        as: 'lead',
        json: {
          title: `Payslip error ${p(k)}`.slice(0, 200),
          symptoms: `payslip error payroll ${allPayloads}`.slice(0, 4000),
          workaround: allPayloads,
          apps: ['payroll'],
        },
      }),
      'known issue',
    );
  }
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) {
    const receipt = await ok(
      await hub.request('/v1/tickets', {
        method: 'POST',
        as: 'lead',
        json: {
          id: ulid(),
          app: { id: 'payroll', version: p(i).slice(0, 64), environment: p(i + 1).slice(0, 32) },
          source: 'api',
          summary: `Payslip error ${p(i)} ${p(i + 5)}`.slice(0, 200),
          description: allPayloads,
          impact: 'individual',
          urgency: 'degraded',
          reporter: { id: p(i).slice(0, 128), name: p(i + 6).slice(0, 128) },
          context: hostileContext(i),
          createdAt: new Date().toISOString(),
        },
      }),
      'ticket',
    );
    const id = receipt['id'] as string;
    numbers.push(receipt['number'] as string);
    const act = (json: unknown) =>
      hub.request(`/v1/tickets/${id}/actions`, { method: 'POST', as: 'lead', json });
    await ok(await act({ type: 'comment', body: allPayloads, visibility: 'public' }), 'comment');
    await ok(await act({ type: 'comment', body: p(i + 7), visibility: 'internal' }), 'comment');
    if (i % 2 === 0) {
      await ok(await act({ type: 'request_info', question: allPayloads }), 'question');
      await ok(await act({ type: 'user_replied', body: allPayloads }), 'reply');
    } else {
      await ok(await act({ type: 'resolve', resolution: allPayloads }), 'resolve');
    }
  }
  return numbers;
}
