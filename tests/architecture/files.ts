// Lists the repository's TypeScript sources (what git would track, without build output).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const skip = new Set(['node_modules', 'dist', '.output', '.wxt', '.tsbuild', '.git', '.tierdesk']);

export function sourceFiles(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (skip.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(root, path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(relative(root, path));
  }
  return out.sort();
}
