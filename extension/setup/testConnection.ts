// The setup page's connection test: is the hub there, and does the credential work? Agent mode
// asks `/v1/me` (who the token is); reporter mode asks the app's public config with the key.
import * as z from 'zod/mini';
import { createAgentHubClient, type Me } from '@tierdesk/client/agent';
import { parseWith } from '@tierdesk/core/model/parse';

export type ConnectionResult =
  | { ok: true; version: string; me?: Me; appName?: string }
  | { ok: false; step: 'hub' | 'credential'; message: string };

const health = z.object({ ok: z.literal(true), version: z.string() });

export async function testConnection(
  input: {
    hubUrl: string;
    mode: 'agent' | 'reporter';
    token?: string;
    intakeKey?: string;
    app: string;
  },
  fetchFn: typeof fetch,
): Promise<ConnectionResult> {
  let version: string;
  try {
    const res = await fetchFn(new URL('/healthz', input.hubUrl).toString());
    const parsed = parseWith(health, await res.json());
    if (!parsed.ok)
      return { ok: false, step: 'hub', message: `not a Tierdesk hub (${parsed.message})` };
    version = parsed.value.version;
  } catch (e) {
    return { ok: false, step: 'hub', message: `cannot reach ${input.hubUrl}: ${String(e)}` };
  }
  if (input.mode === 'agent') {
    const me = await createAgentHubClient({
      hubUrl: input.hubUrl,
      token: input.token ?? '',
      fetch: fetchFn,
    }).me();
    if (!me.ok)
      return {
        ok: false,
        step: 'credential',
        message: `the agent token was refused: ${me.error.message}`,
      };
    return { ok: true, version, me: me.value };
  }
  try {
    const res = await fetchFn(
      new URL(
        `/v1/config/public?${new URLSearchParams({ app: input.app })}`,
        input.hubUrl,
      ).toString(),
      {
        headers: { 'X-Tierdesk-Key': input.intakeKey ?? '' },
      },
    );
    if (!res.ok)
      return {
        ok: false,
        step: 'credential',
        message: `the intake key was refused (${res.status})`,
      };
    const body = (await res.json()) as { app?: { name?: string } };
    return { ok: true, version, ...(body.app?.name ? { appName: body.app.name } : {}) };
  } catch (e) {
    return { ok: false, step: 'credential', message: String(e) };
  }
}
