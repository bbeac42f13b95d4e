// A recording proxy in front of the hub: the extension is pointed at it, so every byte the
// extension sends to the hub (URL, headers, body — attachments included) is kept for the test to
// search for secrets, whichever of the extension's contexts (popup, service worker) sent it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface RecordingProxy {
  url: string;
  requests: RecordedRequest[];
  close: () => Promise<void>;
}

const hopByHop = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
]);

async function forward(target: string, req: IncomingMessage, res: ServerResponse, body: Buffer) {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined || hopByHop.has(k)) continue;
    headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  }
  const method = req.method ?? 'GET';
  const answer = await fetch(target + (req.url ?? '/'), {
    method,
    headers,
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: new Uint8Array(body) }),
    redirect: 'manual',
  });
  const out: Record<string, string> = {};
  answer.headers.forEach((v, k) => {
    if (!hopByHop.has(k) && k !== 'content-encoding') out[k] = v;
  });
  res.writeHead(answer.status, out);
  if (!answer.body) return res.end();
  // Streamed, so the hub's Server-Sent Events pass through as they come.
  const stream = Readable.fromWeb(answer.body as never);
  // A stream cut by the hub closing (at the end of a test) ends the answer, not the test run.
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      forward(target, req, res, body).catch(() => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
