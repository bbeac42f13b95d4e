import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createHubCall } from './createHubCall';

const fetching = (answer: () => Response | Promise<Response>) =>
  (async () => answer()) as unknown as typeof fetch;
const schema = z.object({ n: z.number() });

describe('createHubCall', () => {
  it('parses a JSON answer with the schema', async () => {
    const call = createHubCall({
      hub: 'https://hub.test',
      key: 'pk_x',
      fetch: fetching(() => new Response('{"n":1}')),
    });
    expect(await call('/v1/x', {}, schema)).toEqual({ ok: true, value: { n: 1 }, status: 200 });
  });

  it('turns non-JSON, 5xx pages and Retry-After dates into failure values', async () => {
    const notJson = createHubCall({
      hub: 'https://hub.test',
      key: 'pk_x',
      fetch: fetching(() => new Response('<html>proxy</html>')),
    });
    expect(await notJson('/v1/x', {}, schema)).toMatchObject({
      ok: false,
      error: { kind: 'invalid_response', message: 'the answer is not JSON' },
    });
    const busy = createHubCall({
      hub: 'https://hub.test',
      key: 'pk_x',
      now: () => Date.parse('2026-03-01T10:00:00Z'),
      fetch: fetching(
        () =>
          new Response('<html>busy</html>', {
            status: 503,
            statusText: 'Service Unavailable',
            headers: { 'Retry-After': 'Sun, 01 Mar 2026 10:00:30 GMT' },
          }),
      ),
    });
    expect(await busy('/v1/x', {}, schema)).toEqual({
      ok: false,
      error: {
        kind: 'http',
        status: 503,
        code: 'http_503',
        message: 'Service Unavailable',
        retryAfterSec: 30,
      },
    });
  });

  it('lets an abort through to the caller (a newer keystroke asked again)', async () => {
    const call = createHubCall({
      hub: 'https://hub.test',
      key: 'pk_x',
      fetch: fetching(() => Promise.reject(new DOMException('aborted', 'AbortError'))),
    });
    await expect(call('/v1/x', {}, schema)).rejects.toThrow('aborted');
  });
});
