// Webhooks: POSTs an event to every configured receiver, signed with HMAC-SHA256 of
// `<timestamp>.<body>` under the receiver's secret; retried with backoff, never blocking a request.
import { createHmac, randomUUID } from 'node:crypto';
import type { Webhook } from '../config/hubConfig';
import type { Logger } from '../log/logger';

export interface WebhookDelivery {
  url: string;
  event: string;
  status: number | null;
  attempt: number;
}

/** The `X-Tierdesk-Signature` value a receiver recomputes to trust a delivery. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function webhookSender(
  webhooks: readonly Webhook[],
  log: Logger,
  options: {
    fetch?: typeof fetch;
    retries?: number;
    backoffMs?: number;
    now?: () => string;
    onDelivery?: (d: WebhookDelivery) => void;
  } = {},
): { send: (event: string, payload: unknown) => void; idle: () => Promise<void> } {
  const doFetch = options.fetch ?? fetch;
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 1000;
  const inFlight = new Set<Promise<void>>();
  const deliver = async (hook: Webhook, event: string, body: string, id: string) => {
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      const timestamp = String(
        Math.floor(Date.parse(options.now?.() ?? new Date().toISOString()) / 1000),
      );
      let status: number | null;
      try {
        const response = await doFetch(hook.url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'User-Agent': 'tierdesk-hub',
            'X-Tierdesk-Event': event,
            'X-Tierdesk-Delivery': id,
            'X-Tierdesk-Timestamp': timestamp,
            'X-Tierdesk-Signature': webhookSignature(hook.secret, timestamp, body),
          },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        status = response.status;
        await response.body?.cancel();
      } catch {
        status = null;
      }
      options.onDelivery?.({ url: hook.url, event, status, attempt });
      if (status !== null && status < 300) return;
      if (status !== null && status >= 400 && status < 500 && status !== 429) break;
      if (attempt <= retries)
        await new Promise((r) => setTimeout(r, backoffMs * 4 ** (attempt - 1)).unref());
    }
    log.warn('webhook delivery failed', { url: hook.url, event, delivery: id });
  };
  return {
    send(event, payload) {
      const receivers = webhooks.filter((h) => (h.events as string[]).includes(event));
      if (receivers.length === 0) return;
      const id = randomUUID();
      const body = JSON.stringify({ id, event, data: payload });
      for (const hook of receivers) {
        const p = deliver(hook, event, body, id).finally(() => inFlight.delete(p));
        inFlight.add(p);
      }
    },
    idle: async () => {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}
