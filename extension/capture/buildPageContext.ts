// Turns what the page script returned (untrusted: the page can tamper with its own globals) into
// a valid, redacted `PageContext`, or an error naming the field.
import * as z from 'zod/mini';
import { contextLimits, pageContextSchema, type PageContext } from '@tierdesk/core/model/context';
import { parseWith, type Parsed } from '@tierdesk/core/model/parse';

const rawSchema = z.object({
  url: z.string(),
  title: z.string(),
  referrer: z.string(),
  userAgent: z.string(),
  platform: z.string(),
  language: z.string(),
  online: z.boolean(),
  cookiesEnabled: z.boolean(),
  screen: z.object({ width: z.number(), height: z.number() }),
  viewport: z.object({ width: z.number(), height: z.number(), devicePixelRatio: z.number() }),
  timeZone: z.string(),
  failed: z.array(
    z.object({
      name: z.string(),
      initiatorType: z.string(),
      status: z.number(),
      duration: z.number(),
      startTime: z.number(),
    }),
  ),
  timeOrigin: z.number(),
  console: z.nullable(
    z.array(z.object({ level: z.string(), message: z.string(), at: z.number() })),
  ),
});

export interface Redactor {
  url: (url: string) => string;
  text: (text: string) => string;
}

const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const iso = (ms: number) => new Date(Number.isFinite(ms) ? ms : 0).toISOString();
const int = (n: number) => Math.max(0, Math.round(n));

export function buildPageContext(raw: unknown, redact: Redactor, now: number): Parsed<PageContext> {
  const r = parseWith(rawSchema, raw);
  if (!r.ok) return r;
  const f = r.value;
  const context: PageContext = {
    url: cut(redact.url(f.url), contextLimits.url),
    title: cut(redact.text(f.title), 512),
    ...(f.referrer ? { referrer: cut(redact.url(f.referrer), contextLimits.url) } : {}),
    environment: {
      userAgent: cut(f.userAgent, 512),
      platform: cut(f.platform, 64),
      language: cut(f.language, 35),
      online: f.online,
      cookiesEnabled: f.cookiesEnabled,
      screen: { width: int(f.screen.width), height: int(f.screen.height) },
    },
    viewport: {
      width: int(f.viewport.width),
      height: int(f.viewport.height),
      devicePixelRatio: f.viewport.devicePixelRatio > 0 ? f.viewport.devicePixelRatio : 1,
    },
    locale: f.language.length >= 2 ? cut(f.language, 35) : 'en',
    timeZone: cut(f.timeZone || 'UTC', 64),
    consoleErrors: (f.console ?? [])
      .filter((c) => c.level === 'error' || c.level === 'warn')
      .slice(-contextLimits.consoleEntries)
      .map((c) => ({
        level: c.level as 'error' | 'warn',
        message: cut(redact.text(c.message), contextLimits.message),
        at: iso(c.at),
      })),
    failedRequests: f.failed.slice(-contextLimits.failedRequests).map((e) => ({
      method: 'GET',
      url: cut(redact.url(e.name), contextLimits.url) || '(unknown)',
      status: Math.min(599, int(e.status)),
      durationMs: Math.max(0, e.duration),
      at: iso(f.timeOrigin + e.startTime),
      kind: cut(e.initiatorType || 'resource', 32),
    })),
    jsErrors: [],
    capturedAt: iso(now),
  };
  return parseWith(pageContextSchema, context);
}
