// Runs generated requests against the hub and judges every answer: never a 5xx, every refusal
// a JSON error with a known code and a message, and nothing committed by a refused request.
import fc from 'fast-check';
import type { RouteWorld } from '../routeCatalog';
import { fuzzedRequest, type FuzzedRequest } from './fuzzedRequest';

export const errorCodes = [
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'idempotency_mismatch',
  'workflow_rejected',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
];

export interface FuzzFailure {
  request: string;
  status: number;
  reason: string;
}

export interface FuzzReport {
  boundary: string;
  inputs: number;
  byStatus: Record<number, number>;
  failures: FuzzFailure[];
  /** How many failures there were in all (only the first few are kept). */
  failureCount: number;
}

/** Sends one request; `stored` says whether it committed a write (after the answer was read). */
export type Send = (
  req: FuzzedRequest,
) => Promise<{ res: Response; stored: () => boolean; cause?: () => string }>;

async function judge(
  req: FuzzedRequest,
  res: Response,
  stored: () => boolean,
): Promise<string | null> {
  if (res.status >= 500) return `server error: ${(await res.text()).slice(0, 200)}`;
  if (res.status === 431) {
    // Node's HTTP parser refuses headers (URL included) past 16 KiB before the hub sees them.
    await res.arrayBuffer();
    return stored() ? 'refused with 431 but stored something' : null;
  }
  if (res.status < 400) {
    if (req.stream && res.status === 200) await res.body?.cancel();
    else await res.arrayBuffer();
    return null;
  }
  const text = await res.text();
  let error: { code?: unknown; message?: unknown; issues?: unknown } | undefined;
  try {
    error = (JSON.parse(text) as { error?: typeof error }).error;
  } catch {
    return `refusal is not JSON: ${text.slice(0, 120)}`;
  }
  if (!error || typeof error.code !== 'string' || !errorCodes.includes(error.code))
    return `refusal without a known error code: ${text.slice(0, 160)}`;
  if (typeof error.message !== 'string' || error.message.trim() === '')
    return 'refusal without a message';
  if (error.issues !== undefined) {
    const ok =
      Array.isArray(error.issues) &&
      error.issues.every(
        (i: { path?: unknown; message?: unknown }) =>
          typeof i.path === 'string' && typeof i.message === 'string',
      );
    if (!ok) return 'issues are not [{ path, message }]';
  }
  if (stored()) return `refused with ${res.status} but stored something`;
  return null;
}

function describe(req: FuzzedRequest): string {
  const body =
    req.body === undefined
      ? ''
      : typeof req.body === 'string'
        ? req.body
        : `<${req.body.length} bytes>`;
  return `${req.method} ${req.path.slice(0, 160)} [${req.mutation}] ${body.slice(0, 200)}`;
}

/** Generates `runs` requests from `seed` and sends them one after another. */
export async function fuzzHubApi(
  boundary: string,
  world: RouteWorld,
  send: Send,
  options: { runs: number; seed: number; keep?: number },
): Promise<FuzzReport> {
  const report: FuzzReport = { boundary, inputs: 0, byStatus: {}, failures: [], failureCount: 0 };
  const requests = fc.sample(fuzzedRequest(world), { numRuns: options.runs, seed: options.seed });
  for (const req of requests) {
    report.inputs++;
    let reason: string | null;
    let status = 0;
    try {
      const { res, stored, cause } = await send(req);
      status = res.status;
      reason = await judge(req, res, stored);
      if (reason && cause) reason += ` ${cause()}`;
    } catch (error) {
      reason = `the request threw: ${String(error)}`;
    }
    report.byStatus[status] = (report.byStatus[status] ?? 0) + 1;
    if (reason) {
      report.failureCount++;
      if (report.failures.length < (options.keep ?? 10))
        report.failures.push({ request: describe(req), status, reason });
    }
  }
  return report;
}
