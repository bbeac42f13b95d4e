// One hub request as a value: the parsed answer, or an error with the hub's code (docs/api.md
// "Errors"), `network` when the hub was unreachable, `bad_response` when the answer broke the contract.
import type * as z from 'zod/mini';
import { parseWith } from '@tierdesk/core/model/parse';
import { hubErrorBodySchema } from './agentSchemas';

export interface HubError {
  /** HTTP status; 0 when no answer arrived. */
  status: number;
  code: string;
  message: string;
  /** Seconds to wait, from `Retry-After` of a 429/503. */
  retryAfterS?: number;
}

export type HubResult<T> = { ok: true; value: T } | { ok: false; error: HubError };

export interface HubRequest {
  method?: 'GET' | 'POST' | 'PUT';
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** Sends `req` to `hubUrl` and parses a 2xx answer with `schema` (a 204 yields `undefined`). */
export async function hubRequest<S extends z.ZodMiniType>(
  fetchFn: typeof fetch,
  hubUrl: string,
  req: HubRequest,
  schema: S | null,
  signal?: AbortSignal,
): Promise<HubResult<z.infer<S>>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...req.headers };
  if (req.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetchFn(new URL(req.path, hubUrl).toString(), {
      method: req.method ?? 'GET',
      headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      signal,
    });
  } catch (e) {
    return { ok: false, error: { status: 0, code: 'network', message: String(e) } };
  }
  if (!res.ok) return { ok: false, error: await errorOf(res) };
  if (res.status === 204 || schema === null) return { ok: true, value: undefined as z.infer<S> };
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    return badResponse(res.status, 'the answer is not JSON');
  }
  const parsed = parseWith(schema, json);
  return parsed.ok ? { ok: true, value: parsed.value } : badResponse(res.status, parsed.message);
}

function badResponse(status: number, message: string): { ok: false; error: HubError } {
  return { ok: false, error: { status, code: 'bad_response', message } };
}

async function errorOf(res: Response): Promise<HubError> {
  const retry = Number(res.headers.get('Retry-After'));
  const base: HubError = {
    status: res.status,
    code: `http_${res.status}`,
    message: res.statusText,
  };
  if (Number.isFinite(retry) && retry > 0) base.retryAfterS = retry;
  try {
    const parsed = parseWith(hubErrorBodySchema, await res.json());
    if (parsed.ok) {
      const { code, message, issues } = parsed.value.error;
      const detail = issues?.length
        ? ` (${issues.map((i) => `${i.path}: ${i.message}`).join('; ')})`
        : '';
      return { ...base, code, message: message + detail };
    }
  } catch {
    // a non-JSON error page: keep the status text
  }
  return base;
}
