// Seeds a fresh demo hub through its public API (as real clients would), so the seed also proves
// the API works: agents (tokens kept in the data folder for the demo only), known issues, tickets.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tierRank, type Tier } from '@tierdesk/core';
import { monotonicFactory } from 'ulidx';
import { addAgent } from '../auth/addAgent';
import type { RunningHub } from '../startHub';
import { demoIntakeKeys } from './demoConfig';
import { demoAgents, demoKnownIssues, demoTickets } from './demoData';

export type DemoTokens = Record<string, { name: string; role: string; token: string }>;

async function call(
  hub: RunningHub,
  path: string,
  init: { method?: string; headers: Record<string, string>; body?: unknown },
) {
  const response = await fetch(hub.url + path, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`demo seed: ${path} answered ${response.status}: ${text}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** Creates the demo agents and data; returns the agents' tokens. */
export async function seedDemo(
  hub: RunningHub,
  options: { dataDir: string; appOrigin: string },
): Promise<DemoTokens> {
  const now = new Date().toISOString();
  const tokens: DemoTokens = {};
  for (const a of demoAgents) {
    const { agent, token } = await addAgent(hub.store, a, now);
    tokens[agent.id] = { name: agent.name, role: agent.role, token };
  }
  const bearer = (id: string) => ({ authorization: `Bearer ${tokens[id]!.token}` });
  for (const issue of demoKnownIssues)
    await call(hub, '/v1/known-issues', { headers: bearer('lead'), body: issue });

  const ulid = monotonicFactory();
  for (const t of demoTickets) {
    const id = ulid();
    const at = new Date().toISOString();
    const context = {
      url: `${options.appOrigin}/`,
      title: t.app === 'payroll' ? 'Payroll — Acme internal' : 'Expenses — Acme internal',
      environment: {
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36',
        platform: 'Linux',
        language: 'en-GB',
        online: true,
      },
      viewport: { width: 1280, height: 800, devicePixelRatio: 1 },
      locale: 'en-GB',
      timeZone: 'Europe/Berlin',
      consoleErrors: t.failedRequest
        ? [{ level: 'error', message: `Request failed: HTTP ${t.failedRequest.status}`, at }]
        : [],
      failedRequests: t.failedRequest
        ? [
            {
              method: 'POST',
              url: options.appOrigin + t.failedRequest.url,
              status: t.failedRequest.status,
              durationMs: 84,
              at,
              kind: 'fetch',
            },
          ]
        : [],
      jsErrors: [],
      capturedAt: at,
    };
    const draft = {
      id,
      app: { id: t.app, version: '2026.11', environment: 'production' },
      source: 'widget',
      summary: t.summary,
      description: t.description,
      impact: t.impact,
      urgency: t.urgency,
      reporter: t.reporter,
      context,
      createdAt: at,
    };
    const receipt = await call(hub, '/v1/tickets', {
      headers: { 'x-tierdesk-key': demoIntakeKeys[t.app], origin: options.appOrigin },
      body: draft,
    });
    let tier = receipt['tier'] as Tier;
    for (const action of t.then ?? []) {
      // Each step by the demo agent of the tier the ticket sits at then (classification decides).
      if (action['type'] === 'escalate' && tierRank(tier) >= tierRank(action['to'] as Tier))
        continue;
      const agentId = demoAgents.find((a) => a.role === tier)!.id;
      const result = await call(hub, `/v1/tickets/${id}/actions`, {
        headers: bearer(agentId),
        body: action,
      });
      tier = (result['ticket'] as { tier: Tier }).tier;
    }
  }
  await writeFile(
    join(options.dataDir, 'demo-tokens.json'),
    JSON.stringify(tokens, null, 2) + '\n',
    { mode: 0o600 },
  );
  return tokens;
}
