// Known issues: the match endpoint the widget calls while the user types, deflections (the
// workaround solved it, no ticket), and the list/create/update agents use.
import { knownIssueSchema, slugSchema, text, type KnownIssue } from '@tierdesk/core';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { requireAgent, requireIntakeApp } from '../auth/credentials';
import { matchKnownIssues } from '../domain/classify';
import { ApiError, notFound } from '../http/apiError';
import { parseQuery, readJson } from '../http/readBody';
import { storedId } from '../http/storedId';
import type { HubContext } from '../hubContext';
import { StoreConflictError } from '../store/hubStore';
import { askedApp, requireKeyOrAgent } from './triageRoutes';

/** What an agent sends to create or update a known issue (the hub keeps ids, counts, times). */
export const knownIssueInputSchema = z.strictObject({
  id: z.optional(slugSchema),
  title: knownIssueSchema.shape.title,
  symptoms: knownIssueSchema.shape.symptoms,
  workaround: knownIssueSchema.shape.workaround,
  apps: z._default(knownIssueSchema.shape.apps, []),
  category: z.optional(slugSchema),
  status: z._default(knownIssueSchema.shape.status, 'open'),
});
export type KnownIssueInput = z.infer<typeof knownIssueInputSchema>;

const editors = ['L2', 'L3', 'lead', 'admin'] as const;
const matchQuery = z.object({ app: slugSchema, q: text(2000) });
const deflectionSchema = z.strictObject({ summary: z.optional(text(200)) });

export function knownIssueRoutes(ctx: HubContext): Hono {
  const limit = ctx.config.hub.limits.jsonBytes;
  const checkCategory = (input: KnownIssueInput) => {
    if (input.category && !ctx.config.taxonomy.some((c) => c.id === input.category)) {
      throw new ApiError(
        'validation_failed',
        `category: no category "${input.category}" in the taxonomy`,
        [{ path: 'category', message: `no category "${input.category}" in the taxonomy` }],
      );
    }
  };
  const build = (input: KnownIssueInput, id: string, previous: KnownIssue | null): KnownIssue => {
    const now = ctx.now();
    const { id: _ignored, category, ...fields } = input;
    return {
      ...fields,
      ...(category !== undefined ? { category } : {}),
      id,
      deflections: previous?.deflections ?? 0,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
  };
  return new Hono()
    .get('/v1/known-issues/match', async (c) => {
      const keyApp = await requireKeyOrAgent(ctx, c);
      const query = parseQuery(c.req.query(), matchQuery);
      const app = askedApp(ctx, keyApp, query.app);
      const items = matchKnownIssues(
        { summary: query.q, description: '', appId: app.id },
        await ctx.store.knownIssues(),
        { limit: 5 },
      );
      return c.json({ items });
    })
    .post('/v1/known-issues/:id/deflections', async (c) => {
      const app = requireIntakeApp(ctx, c);
      const body = await readJson(c.req.raw, deflectionSchema, limit);
      const id = storedId(c.req.param('id'), 'slug');
      const issue = id ? await ctx.store.knownIssue(id) : null;
      if (!issue || (issue.apps.length > 0 && !issue.apps.includes(app.id)))
        throw notFound('known issue');
      await ctx.store.transaction((tx) =>
        tx.addDeflection(issue.id, app.id, body.summary ?? null, ctx.now()),
      );
      return c.body(null, 204);
    })
    .get('/v1/known-issues', async (c) => {
      await requireAgent(ctx, c);
      return c.json({ items: await ctx.store.knownIssues() });
    })
    .post('/v1/known-issues', async (c) => {
      await requireAgent(ctx, c, editors);
      const input = await readJson(c.req.raw, knownIssueInputSchema, limit);
      checkCategory(input);
      const id = input.id ?? `ki-${ctx.newId().toLowerCase()}`;
      const issue = await ctx.store
        .transaction(async (tx) => {
          const created = build(input, id, null);
          await tx.insertKnownIssue(created);
          return created;
        })
        .catch((error: unknown) => {
          if (!(error instanceof StoreConflictError)) throw error;
          throw new ApiError('conflict', `a known issue "${id}" already exists; PUT to change it`);
        });
      return c.json(issue, 201);
    })
    .put('/v1/known-issues/:id', async (c) => {
      await requireAgent(ctx, c, editors);
      const input = await readJson(c.req.raw, knownIssueInputSchema, limit);
      checkCategory(input);
      const id = c.req.param('id');
      if (input.id !== undefined && input.id !== id) {
        throw new ApiError('validation_failed', 'id: does not match the URL', [
          { path: 'id', message: 'does not match the URL' },
        ]);
      }
      if (!storedId(id, 'slug')) throw notFound(`known issue ${id}`);
      const issue = await ctx.store.transaction(async (tx) => {
        const previous = await tx.knownIssue(id);
        if (!previous) throw notFound(`known issue ${id}`);
        const updated = build(input, id, previous);
        await tx.updateKnownIssue(updated);
        return updated;
      });
      return c.json(issue, 200);
    });
}
