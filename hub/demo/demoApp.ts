// The demo internal app (a payroll page with the widget embedded) and its deliberately failing API.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const appDir = fileURLToPath(new URL('./app/', import.meta.url));
const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css',
  js: 'text/javascript',
};

export interface DemoApp {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the payroll demo page; `hubUrl` and `intakeKey` go into its widget tag. `hubUrl` may be
 * a function: tests start the app first (the hub needs its origin) and the hub on a free port.
 */
export async function startDemoApp(options: {
  port: number;
  host?: string;
  hubUrl: string | (() => string);
  intakeKey: string;
}): Promise<DemoApp> {
  const hubUrl =
    typeof options.hubUrl === 'string' ? () => options.hubUrl as string : options.hubUrl;
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://demo').pathname;
    if (path.startsWith('/api/payslips/')) {
      // The outage the demo is about: the payslip renderer is down.
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end('{"error":"payslip renderer unavailable"}');
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (path === '/api/bank-details') {
      res
        .writeHead(403, { 'content-type': 'application/json' })
        .end('{"error":"missing role payroll.bank.write"}');
      return;
    }
    const file = path === '/' ? 'index.html' : path.slice(1);
    if (!/^[a-z]+\.(html|css|js)$/.test(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      let body = await readFile(appDir + file, 'utf8');
      if (file === 'index.html')
        body = body.replaceAll('{{HUB}}', hubUrl()).replaceAll('{{KEY}}', options.intakeKey);
      res
        .writeHead(200, { 'content-type': types[file.split('.').pop()!] ?? 'text/plain' })
        .end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
