import { describe, expect, it } from 'vitest';
import { pageContextSchema, type PageContext } from '../model/context';
import { parseWith } from '../model/parse';
import { plantedSecrets } from './corpus/plantedSecrets';
import { redactPageContext } from './redactPageContext';

const at = '2026-11-02T09:00:00.000Z';
const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1LTEwMDEifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

function context(overrides: Partial<PageContext> = {}): PageContext {
  return {
    url: `https://payroll.example.com/cb?code=4/0AfJohXk&state=ok`,
    title: 'Payslip',
    referrer: `https://login.example.com/?id_token=${jwt}`,
    environment: { userAgent: 'Mozilla/5.0 Chrome/131' },
    viewport: { width: 1280, height: 800, devicePixelRatio: 1 },
    locale: 'de-DE',
    timeZone: 'Europe/Berlin',
    consoleErrors: [{ level: 'error', message: `auth failed for ${jwt}`, at }],
    failedRequests: [
      { method: 'GET', url: '/api/me?api_key=abc123def456', status: 401, durationMs: 9, at },
    ],
    jsErrors: [
      {
        message: 'Unexpected token',
        source: 'https://payroll.example.com/app.js?sig=Zm9vYmFyYmF6',
        stack: 'at login (app.js:1:2) password=Winter2025!',
        kind: 'error',
        at,
      },
    ],
    navigation: [
      { url: 'https://payroll.example.com/reset-password/Xy7kP2qR9sT4uV6wZ8aB1cD3', at },
    ],
    app: { role: 'employee', sessionToken: 'abc', record: 42 },
    capturedAt: at,
    ...overrides,
  };
}

describe('redactPageContext', () => {
  it('redacts every place a page leaks secrets and keeps the rest', () => {
    const out = redactPageContext(context());
    expect(out.url).toBe('https://payroll.example.com/cb?code=[REDACTED:oauth_code]&state=ok');
    expect(out.referrer).toBe('https://login.example.com/?id_token=[REDACTED:token]');
    expect(out.consoleErrors[0]?.message).toBe('auth failed for [REDACTED:jwt]');
    expect(out.failedRequests[0]?.url).toBe('/api/me?api_key=[REDACTED:api_key]');
    expect(out.jsErrors[0]).toMatchObject({
      message: 'Unexpected token',
      source: 'https://payroll.example.com/app.js?sig=[REDACTED:signature]',
      stack: 'at login (app.js:1:2) password=[REDACTED:password]',
    });
    expect(out.navigation?.[0]?.url).toBe(
      'https://payroll.example.com/reset-password/[REDACTED:token]',
    );
    expect(out.app).toEqual({ role: 'employee', sessionToken: '[REDACTED:session]', record: 42 });
    expect(out.environment).toEqual(context().environment);
  });

  it('answers a context that still passes its schema, even when markers lengthen it', () => {
    const message = 'password=hunter2 '.repeat(120);
    const out = redactPageContext(context({ consoleErrors: [{ level: 'warn', message, at }] }));
    expect(parseWith(pageContextSchema, out).ok).toBe(true);
    expect(out.consoleErrors[0]?.message).not.toContain('hunter2');
  });

  it('does not change its input', () => {
    const input = context();
    const copy = JSON.parse(JSON.stringify(input));
    redactPageContext(input);
    expect(input).toEqual(copy);
  });

  it('lets no planted secret through, whichever field it is planted in', () => {
    const leaks: string[] = [];
    for (const { text, secret } of plantedSecrets) {
      const planted = context({
        title: text.slice(0, 512),
        consoleErrors: [{ level: 'error', message: text, at }],
        failedRequests: [
          { method: 'POST', url: text, status: 500, durationMs: 1, at, error: text },
        ],
        jsErrors: [
          { message: text, stack: `Error: ${text}\n    at x (app.js:1:1)`, kind: 'rejection', at },
        ],
        app: { note: text, nested: [{ value: text }] },
      });
      const out = JSON.stringify(redactPageContext(planted));
      // JSON escapes quotes and newlines: look for the secret as JSON would write it too.
      if (out.includes(secret) || out.includes(JSON.stringify(secret).slice(1, -1)))
        leaks.push(text);
    }
    expect(leaks).toEqual([]);
  });
});
