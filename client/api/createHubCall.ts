// One call to the hub as a value: sends the request with the page's own fetch (no cookies),
// parses a JSON answer with the given zod schema, and turns every failure into a HubFailure.
// The reporter client and the widget's lighter form client are both built on it.
import * as z from 'zod/mini';
import { parseRetryAfter, type HubFailure, type HubResult } from './hubFailure';
import { hubErrorBodySchema } from './formSchemas';

export interface HubClientOptions {
  /** Base URL of the hub, e.g. `https://hub.example` (no trailing slash needed). */
  hub: string;
  /** The app's public intake key (`pk_…`). */
  key: string;
  /** The fetch to use: pass the page's original, unwrapped one. */
  fetch: typeof fetch;
  /** Clock for `Retry-After` dates. */
  now?: () => number;
}

/** Calls `path` on the hub; `schema: null` when the answer has no body the caller reads. */
export type HubCall = <T>(
  path: string,
  init: RequestInit,
  schema: z.ZodMiniType<T> | null,
) => Promise<HubResult<T>>;

export function createHubCall(options: HubClientOptions): HubCall {
  const base = options.hub.replace(/\/+$/, '');
  const now = options.now ?? (() => Date.now());
  return async function call<T>(
    path: string,
    init: RequestInit,
    schema: z.ZodMiniType<T> | null,
  ): Promise<HubResult<T>> {
    let response: Response;
    try {
      response = await options.fetch(base + path, { ...init, credentials: 'omit' });
    } catch (error) {
      if ((error as { name?: string } | null)?.name === 'AbortError') throw error;
      return fail({ kind: 'network', status: 0, code: 'network', message: String(error) });
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) return fail(httpFailure(response, text, now()));
    if (schema === null) return { ok: true, value: null as T, status: response.status };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return fail(invalid(response.status, 'the answer is not JSON'));
    }
    const parsed = z.safeParse(schema, body);
    if (!parsed.success) {
      const where = parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
      return fail(invalid(response.status, `unexpected answer at ${where}`));
    }
    return { ok: true, value: parsed.data, status: response.status };
  };
}

function fail(error: HubFailure): { ok: false; error: HubFailure } {
  return { ok: false, error };
}

function invalid(status: number, message: string): HubFailure {
  return { kind: 'invalid_response', status, code: 'invalid_response', message };
}

function httpFailure(response: Response, text: string, nowMs: number): HubFailure {
  let code = `http_${response.status}`;
  let message = response.statusText || code;
  try {
    const parsed = z.safeParse(hubErrorBodySchema, JSON.parse(text));
    if (parsed.success) ({ code, message } = parsed.data.error);
  } catch {
    // Not our JSON error (a proxy's HTML page, say): keep the status as the code.
  }
  const retryAfterSec = parseRetryAfter(response.headers.get('Retry-After'), nowMs);
  return { kind: 'http', status: response.status, code, message, retryAfterSec };
}
