// Builds widget/dist once for the end-to-end tests, and again only when a source file of the
// widget (or of client, ui, core) is newer than the built files.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDialogFiles, widgetFiles } from './openDialogFiles';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const widgetDist = join(root, 'widget/dist');
export { openDialogFiles, widgetFiles };

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
    // The same build an app owner's hub serves (vite, one IIFE per stage). Test files run in
    // parallel and may all get here: each builds into its own folder and moves the files in
    // (a rename is atomic), so no one reads a half-written or emptied dist.
    mkdirSync(widgetDist, { recursive: true });
    const own = mkdtempSync(join(widgetDist, '..', '.dist-'));
    try {
      execFileSync(process.execPath, ['--import', 'tsx', join(root, 'widget/build.ts'), own], {
        cwd: join(root, 'widget'),
        stdio: 'pipe',
      });
      for (const file of readdirSync(own)) renameSync(join(own, file), join(widgetDist, file));
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  }
  return widgetDist;
}
