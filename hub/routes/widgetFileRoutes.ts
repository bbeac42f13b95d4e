// `GET /widget/*`: the built widget files from `widget/dist/`, so an app's script tag can point
// at the hub; whatever exists is served, anything else is a 404.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import { ApiError } from '../http/apiError';

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export function widgetFileRoutes(widgetDir: string): Hono {
  const root = resolve(widgetDir);
  return new Hono().get('/widget/*', async (c) => {
    let relative: string;
    try {
      relative = decodeURIComponent(c.req.path.slice('/widget/'.length));
    } catch {
      // A malformed escape (`%E0%A4%A`) names no file; found by the fuzzer of issue 9.
      throw new ApiError('not_found', 'no such widget file');
    }
    const file = resolve(root, relative);
    if (!file.startsWith(root + sep) || relative.includes('\0'))
      throw new ApiError('not_found', 'no such widget file');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile())
      throw new ApiError('not_found', `no widget file ${relative} (build the widget first)`);
    const body = await readFile(file);
    return c.body(body, 200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      // The loader is loaded cross-origin by apps' pages; short cache so updates reach them.
      'Cache-Control': 'public, max-age=300',
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-Content-Type-Options': 'nosniff',
    });
  });
}
