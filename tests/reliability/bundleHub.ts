// Bundles the `tierdesk` CLI into one JavaScript file once per run, so a hub process restarts
// in a fraction of a second instead of recompiling TypeScript on every start (the crash tests
// restart it many times). better-sqlite3 stays external: it is a native module.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Path of the bundled CLI (under node_modules/.cache, so `better-sqlite3` still resolves). */
export async function bundleHub(): Promise<string> {
  const dir = join(root, 'node_modules', '.cache', 'tierdesk-tests');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `tierdesk-cli-${process.pid}.mjs`);
  await build({
    stdin: {
      contents:
        "import { main } from './hub/cli/main.ts'; process.exitCode = await main(process.argv.slice(2));",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['better-sqlite3'],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'error',
  });
  return outfile;
}
