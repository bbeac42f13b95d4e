// The hub's configuration file: the team config of core (apps, taxonomy, priority matrix,
// workflow), SLA policies, hub settings (rate and size limits, webhooks, public URL, CORS) and
// where the data is kept (storage).
import {
  categoryConfigSchema,
  defaultConfig,
  priorityMatrixSchema,
  text,
  tierdeskConfigSchema,
  workflowConfigSchema,
} from '@tierdesk/core';
import * as z from 'zod/mini';
import { defaultSlaConfig, slaConfigSchema } from '../domain/sla';

const positiveInt = z.int().check(z.positive());

export const rateLimitSchema = z.strictObject({
  /** Sustained requests per minute. */
  perMinute: positiveInt,
  /** Requests allowed at once above the sustained rate. */
  burst: positiveInt,
});

export const webhookEvents = ['sla.threshold', 'sla.breach', 'incident', 'ticket.created'] as const;

export const webhookSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }),
  /** Shared secret for the `X-Tierdesk-Signature` HMAC-SHA256 header. */
  secret: text(512, 16),
  events: z._default(z.array(z.enum(webhookEvents)), [...webhookEvents]),
});

const originSchema = z
  .string()
  .check(
    z.regex(
      /^(https?:\/\/[^/\s]+|chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f-]{36})$/,
      'expected an origin like chrome-extension://<id> (no path)',
    ),
  );

export const hubSettingsSchema = z.strictObject({
  /** Where apps and the extension reach this hub, e.g. `https://support.example` (for links). */
  publicUrl: z.optional(z.url()),
  /** Origins (the extension's) allowed to call agent routes from a browser page. */
  agentOrigins: z._default(z.array(originSchema), []),
  /** Take the client address from `X-Forwarded-For` (only behind your own proxy). */
  trustProxy: z._default(z.boolean(), false),
  rateLimits: z.prefault(
    z.strictObject({
      /** Per intake key and client address. */
      intakeClient: z._default(rateLimitSchema, { perMinute: 60, burst: 20 }),
      /** Per intake key over all clients. */
      intakeKey: z._default(rateLimitSchema, { perMinute: 6000, burst: 600 }),
      /** Per agent token. */
      agent: z._default(rateLimitSchema, { perMinute: 1200, burst: 200 }),
      /** Per client address on routes without a credential. */
      anonymous: z._default(rateLimitSchema, { perMinute: 120, burst: 60 }),
    }),
    {},
  ),
  limits: z.prefault(
    z.strictObject({
      jsonBytes: z._default(positiveInt, 512 * 1024),
      attachmentBytes: z._default(positiveInt, 8 * 1024 * 1024),
    }),
    {},
  ),
  webhooks: z._default(z.array(webhookSchema), []),
  /** How long a reporter may follow tickets with the SSE stream before a reconnect, seconds. */
  heartbeatSeconds: z._default(positiveInt, 15),
  /** Incident grouping: reports about one app within this many minutes may form a group. */
  incidentWindowMinutes: z._default(positiveInt, 30),
  /** Distinct reporters that make a group a major incident. */
  majorIncidentReporters: z._default(positiveInt, 5),
});

export const databaseUrlSchema = z
  .string()
  .check(
    z.regex(
      /^postgres(ql)?:\/\/\S+$/,
      'expected a PostgreSQL URL like postgres://user:password@host:5432/database',
    ),
  );

/** The config file's `storage` section: where a team that outgrew one machine keeps its data. */
export const storageConfigSchema = z.strictObject({
  /** PostgreSQL; without it the hub keeps a SQLite file in its data folder. */
  database: z.optional(databaseUrlSchema),
  /** Connections this hub process may hold on PostgreSQL (default 10). */
  maxConnections: z.optional(z.int().check(z.gte(1), z.lte(1000))),
});
export type StorageConfig = z.infer<typeof storageConfigSchema>;

export const hubConfigSchema = z.strictObject({
  apps: tierdeskConfigSchema.shape.apps,
  taxonomy: z._default(
    z.array(categoryConfigSchema).check(z.minLength(1, 'the taxonomy needs at least one category')),
    defaultConfig.taxonomy,
  ),
  priorityMatrix: z._default(priorityMatrixSchema, defaultConfig.priorityMatrix),
  workflow: z._default(workflowConfigSchema, defaultConfig.workflow),
  sla: z._default(slaConfigSchema, defaultSlaConfig),
  hub: z.prefault(hubSettingsSchema, {}),
  storage: z.optional(storageConfigSchema),
});

export type HubConfig = z.infer<typeof hubConfigSchema>;
export type HubConfigInput = z.input<typeof hubConfigSchema>;
export type HubSettings = HubConfig['hub'];
export type RateLimit = z.infer<typeof rateLimitSchema>;
export type Webhook = z.infer<typeof webhookSchema>;
