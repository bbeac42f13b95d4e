// Server-Sent Events: `GET /v1/stream` (the queue, agents) and `GET /v1/tickets/:id/stream` (one
// ticket, agents or its reporter). `Last-Event-ID` resumes from the live feed's ring; an id the
// ring cannot answer for (another hub process, a restart, too old) gets a `resync` event first.
// A stream further behind than the ring holds is ended (streamBacklog.ts).
import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { findAgent, findReporterTicket, requireAgent } from '../auth/credentials';
import { ApiError, notFound } from '../http/apiError';
import { storedId } from '../http/storedId';
import type { HubContext } from '../hubContext';
import { StreamBacklog } from '../live/streamBacklog';

function stream(ctx: HubContext, c: Context, topic: string) {
  // Only a reconnecting client (Last-Event-ID) gets what it missed; a new one starts from now.
  const resumeFrom = c.req.header('last-event-id') ?? c.req.query('lastEventId');
  return streamSSE(c, async (sse) => {
    const resumed = resumeFrom === undefined ? null : ctx.live.resume(topic, resumeFrom);
    const pending = new StreamBacklog();
    for (const e of resumed?.events ?? []) pending.push(e);
    const resync = resumed?.gap ? { reason: resumed.gap, id: ctx.live.latestId() } : null;
    let wake: (() => void) | null = null;
    const off = ctx.live.subscribe(topic, (e) => {
      // Too far behind to keep up (its socket takes nothing): end the stream, freeing what it
      // held; the client reconnects from its last id and reads again.
      if (!pending.push(e)) sse.abort();
      wake?.();
    });
    const heartbeat = setInterval(() => {
      void sse.write(': heartbeat\n\n');
    }, ctx.config.hub.heartbeatSeconds * 1000);
    let open = true;
    sse.onAbort(() => {
      open = false;
      wake?.();
    });
    try {
      await sse.write(': connected\n\n');
      // What was missed cannot be replayed: the client reads the queue (or ticket) again, and
      // resumes from here next time.
      if (resync)
        await sse.writeSSE({
          id: resync.id,
          event: 'resync',
          data: JSON.stringify({ reason: resync.reason }),
        });
      while (open) {
        while (pending.size > 0 && open) {
          const e = pending.shift()!;
          await sse.writeSSE({
            id: ctx.live.eventId(e),
            event: e.event,
            data: e.json,
          });
        }
        if (!open) break;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
    } finally {
      clearInterval(heartbeat);
      off();
    }
  });
}

export function streamRoutes(ctx: HubContext): Hono {
  return new Hono()
    .get('/v1/stream', async (c) => {
      await requireAgent(ctx, c, undefined, true);
      return stream(ctx, c, 'queue');
    })
    .get('/v1/tickets/:id/stream', async (c) => {
      const id = c.req.param('id');
      if (!(await findAgent(ctx, c, true))) {
        const reporterTicket = await findReporterTicket(ctx, c, true);
        if (reporterTicket === null)
          throw new ApiError(
            'unauthorized',
            'send an agent token, or the reporter token of this ticket',
          );
        if (reporterTicket !== id)
          throw new ApiError('forbidden', 'this reporter token belongs to another ticket');
      }
      const ticketId = storedId(id, 'ulid');
      if (!ticketId || !(await ctx.store.queueRow(ticketId))) throw notFound('ticket');
      return stream(ctx, c, `ticket:${id}`);
    });
}
