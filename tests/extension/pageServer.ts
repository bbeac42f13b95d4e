// A small "internal app" page for reporting from: a missing image (404), a failing API call
// (500) with a secret in its URL, and a console error — what the Report tab must capture.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const page = `<!doctype html><html><head><title>Payslip — Payroll</title></head>
<body style="font:16px sans-serif;background:#f8fafc">
<h1>October payslip</h1><p>Something went wrong loading your payslip.</p>
<img src="/missing-logo.png" alt="">
<script>
  fetch('/api/payslip?id=42&token=s3cr3tT0ken').then(() => console.error('payslip failed: HTTP 500'));
</script></body></html>`;

export async function startPageServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (req.url === '/' || req.url?.startsWith('/payslip')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(page);
    }
    if (req.url?.startsWith('/api/')) {
      res.writeHead(500, { 'Content-Type': 'application/json' });
      return res.end('{"error":"boom"}');
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
