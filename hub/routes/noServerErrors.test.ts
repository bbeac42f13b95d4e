// "A 5xx on any input is a bug": every route, every credential, a spread of hostile inputs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draft, startTestHub, type TestHub } from '../testing/testHub';

let hub: TestHub;
let ticketId = '';
beforeAll(async () => {
  hub = await startTestHub();
  ticketId = (
    await (await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: draft() })).json()
  ).id;
});
afterAll(() => hub.dispose());

const bodies: Array<string | undefined> = [
  undefined,
  '',
  'null',
  '[]',
  '"text"',
  '123456789012345678901234567890',
  '{"id":null}',
  '{"__proto__":{"admin":true}}',
  '{"type":"acknowledge","message":{"$gt":""}}',
  '{"tokens":[null, 1, {}]}',
  '{"app":"payroll","summary":"x","description":"y","impact":"team","urgency":"minor","context":{"url":1}}',
  '{"id":"01JD8Z5Q9X7YB3C4D5E6F7G8H9","title":"ab","symptoms":"s","workaround":"w","apps":["../x"]}',
  '\u0000\uffff',
  '{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}',
];

describe('no input makes the hub answer 5xx', () => {
  it('holds for every route × credential × body', async () => {
    const paths = [
      ['POST', '/v1/tickets'],
      ['POST', `/v1/tickets/${ticketId}/attachments?kind=x&name=`],
      ['POST', '/v1/tickets/%E0%A4%A/attachments'],
      ['GET', '/v1/attachments/%00'],
      ['POST', '/v1/triage/preview'],
      ['GET', '/v1/known-issues/match?app=%E0%A4%A&q=%FF'],
      ['POST', '/v1/known-issues/x/deflections'],
      ['GET', '/v1/known-issues'],
      ['POST', '/v1/known-issues'],
      ['PUT', '/v1/known-issues/%2F..'],
      ['GET', '/v1/queue?limit=-1&cursor=%FF&tier=&status=,,,&assignee=me&assignee=none'],
      ['GET', `/v1/tickets/${ticketId}`],
      ['POST', `/v1/tickets/${ticketId}/actions`],
      ['POST', '/v1/tickets/not-a-ulid/actions'],
      ['POST', '/v1/reporter/tickets'],
      ['GET', '/v1/me'],
      ['GET', '/v1/config/public?app[]=1'],
      ['GET', '/v1/stats'],
      ['GET', '/widget/%E0%A4%A'],
      ['DELETE', '/v1/tickets'],
    ] as const;
    const credentials = ['none', 'key', 'L1', 'admin'] as const;
    const failures: string[] = [];
    for (const [method, path] of paths) {
      for (const as of credentials) {
        for (const body of method === 'GET' ? [undefined] : bodies) {
          const res = await hub.request(path, {
            method,
            as,
            ...(body !== undefined
              ? { body, headers: { 'Content-Type': 'application/json' } }
              : {}),
          });
          if (res.status >= 500)
            failures.push(
              `${method} ${path} as ${as} body ${String(body).slice(0, 40)} → ${res.status}`,
            );
          if (res.status >= 400) {
            const text = await res.text();
            if (!text.startsWith('{"error":'))
              failures.push(`${method} ${path} → ${res.status} without a JSON error`);
          } else await res.arrayBuffer();
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
