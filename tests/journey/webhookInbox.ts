// Stands in for the pager L3 subscribes to: a local receiver that keeps every webhook delivery
// and whether its signature checks out under the shared secret.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookSignature } from '../../hub/sla/webhookSender';

export interface WebhookDelivery {
  event: string;
  data: unknown;
  signed: (secret: string) => boolean;
}

export interface WebhookInbox {
  url: string;
  deliveries: WebhookDelivery[];
  close: () => Promise<void>;
}

export async function startWebhookInbox(): Promise<WebhookInbox> {
  const deliveries: WebhookDelivery[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const parsed = JSON.parse(body) as { event: string; data: unknown };
      const timestamp = String(req.headers['x-tierdesk-timestamp']);
      const signature = String(req.headers['x-tierdesk-signature']);
      deliveries.push({
        event: parsed.event,
        data: parsed.data,
        signed: (secret) => webhookSignature(secret, timestamp, body) === signature,
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/tierdesk`,
    deliveries,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
