// Captured page context: where the user was and what the page saw going wrong (bounded rings).
import * as z from 'zod/mini';
import { instantSchema, jsonValueSchema, text } from './primitives';

export const contextLimits = {
  consoleEntries: 50,
  failedRequests: 50,
  jsErrors: 20,
  navigation: 20,
  message: 2000,
  url: 2048,
  stack: 4000,
} as const;

export const consoleEntrySchema = z.object({
  level: z.enum(['error', 'warn']),
  message: text(contextLimits.message),
  at: instantSchema,
  /** How many times this same message repeated (folded to save space). */
  count: z.optional(z.int().check(z.positive())),
});

export const failedRequestSchema = z.object({
  method: text(16, 1),
  /** Redacted before it leaves the page. */
  url: text(contextLimits.url, 1),
  /** HTTP status; 0 for a network failure (DNS, refused, CORS, aborted). */
  status: z.int().check(z.gte(0), z.lte(599)),
  durationMs: z.number().check(z.gte(0)),
  at: instantSchema,
  /** Why a network failure failed, when the browser says (e.g. `net::ERR_NAME_NOT_RESOLVED`). */
  error: z.optional(text(500)),
  /** `fetch`, `xhr` or a Resource Timing entry type (`script`, `img`, …). */
  kind: z.optional(text(32)),
});

export const jsErrorSchema = z.object({
  message: text(contextLimits.message),
  source: z.optional(text(contextLimits.url)),
  line: z.optional(z.int().check(z.gte(0))),
  column: z.optional(z.int().check(z.gte(0))),
  stack: z.optional(text(contextLimits.stack)),
  /** `error` for uncaught exceptions, `rejection` for unhandled promise rejections. */
  kind: z.enum(['error', 'rejection']),
  at: instantSchema,
});

export const environmentSchema = z.object({
  userAgent: text(512),
  platform: z.optional(text(64)),
  language: z.optional(text(35)),
  online: z.optional(z.boolean()),
  cookiesEnabled: z.optional(z.boolean()),
  screen: z.optional(z.object({ width: z.int(), height: z.int() })),
  memoryMb: z.optional(z.number()),
});

export const pageContextSchema = z.object({
  url: text(contextLimits.url),
  title: text(512),
  referrer: z.optional(text(contextLimits.url)),
  environment: environmentSchema,
  viewport: z.object({
    width: z.int().check(z.gte(0)),
    height: z.int().check(z.gte(0)),
    devicePixelRatio: z.number().check(z.positive()),
  }),
  /** BCP 47 locale of the user, e.g. `de-DE`. */
  locale: text(35, 2),
  /** IANA time zone of the user, e.g. `Europe/Berlin`. */
  timeZone: text(64, 1),
  consoleErrors: z.array(consoleEntrySchema).check(z.maxLength(contextLimits.consoleEntries)),
  failedRequests: z.array(failedRequestSchema).check(z.maxLength(contextLimits.failedRequests)),
  jsErrors: z.array(jsErrorSchema).check(z.maxLength(contextLimits.jsErrors)),
  navigation: z.optional(
    z
      .array(z.object({ url: text(contextLimits.url), at: instantSchema }))
      .check(z.maxLength(contextLimits.navigation)),
  ),
  /** What the app passed with `Tierdesk.setContext(...)`: its own state (user role, record id …). */
  app: z.optional(z.record(z.string().check(z.maxLength(64)), jsonValueSchema)),
  capturedAt: instantSchema,
});

export type ConsoleEntry = z.infer<typeof consoleEntrySchema>;
export type FailedRequest = z.infer<typeof failedRequestSchema>;
export type JsError = z.infer<typeof jsErrorSchema>;
export type Environment = z.infer<typeof environmentSchema>;
export type PageContext = z.infer<typeof pageContextSchema>;
