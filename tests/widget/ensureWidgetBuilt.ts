// Builds widget/dist once for the end-to-end tests, and again only when a source file of the
// widget (or of client, ui, core) is newer than the built files.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const widgetDist = join(root, 'widget/dist');
/** The files `npm run build -w widget` writes (widget/build.ts). */
export const widgetFiles = [
  'tierdesk-widget.js',
  'tierdesk-dialog.js',
  'tierdesk-outbox.js',
  'tierdesk-screenshot.js',
];

function newest(dir: string): number {
  let max = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    const info = statSync(path);
    max = Math.max(max, info.isDirectory() ? newest(path) : info.mtimeMs);
  }
  return max;
}

export async function ensureWidgetBuilt(): Promise<string> {
  const files = widgetFiles.map((f) => join(widgetDist, f));
  const built = files.every(existsSync) ? Math.min(...files.map((f) => statSync(f).mtimeMs)) : 0;
  const sources = Math.max(...['widget', 'client', 'ui', 'core'].map((d) => newest(join(root, d))));
  if (built < sources) {
    // The same build an app owner's hub serves (vite, one IIFE per stage).
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'widget/build.ts'), widgetDist], {
      cwd: join(root, 'widget'),
      stdio: 'pipe',
    });
  }
  return widgetDist;
}
