// @ts-check
// The `tierdesk` CLI as one esbuild bundle, built at start, for the long-running `tierdesk hub`:
// run through tsx, Node 20 keeps tsx's loader in a thread of its own with a second V8 heap, and
// the sources with their inline source maps in the first: ~40 MB of RSS that a server does not
// need once it has started (docs/hub.md, "Memory"). Plain JavaScript: it runs before any loader.
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Under node_modules, so the bundle's imports of npm packages resolve as the sources' do. */
const cacheDir = join(root, 'node_modules', '.cache', 'tierdesk-cli');
const buildDir = join(cacheDir, 'build');
/** Bundles not started from for a day are removed (a hub still running one has loaded it). */
const keepMs = 24 * 3600_000;

/**
 * Builds (or finds) the bundle of `hub/cli/main.ts` for the current sources and imports it.
 * @returns {Promise<(argv: string[]) => Promise<number>>} the CLI's `main`
 */
export async function bundledMain() {
  const esbuild = await import('esbuild');
  let built;
  try {
    built = await esbuild.build({
      entryPoints: { main: join(root, 'hub', 'cli', 'main.ts') },
      bundle: true,
      // PostgreSQL's store and live bridge are imported on demand: separate chunks keep them so.
      splitting: true,
      // Built as if into a folder beside the final `<hash>` ones: the source map's relative paths
      // to the sources hold there too.
      outdir: buildDir,
      write: false,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Stack traces in the hub's log point into the TypeScript sources (a map without the
      // sources' text: ~0.5 MB where tsx held every source twice).
      sourcemap: 'linked',
      sourcesContent: false,
      keepNames: true,
      logLevel: 'silent',
      plugins: [sourcesOnly],
    });
  } finally {
    // The build service is a child process; a server has no more use for it.
    await esbuild.stop();
  }
  const hash = createHash('sha256');
  for (const file of built.outputFiles) hash.update(file.path).update(file.contents);
  const dir = join(cacheDir, hash.digest('hex').slice(0, 16));
  if (!exists(join(dir, 'main.js'))) {
    // Written aside, then renamed: hubs starting together never import a half-written bundle.
    const scratch = `${dir}.${process.pid}.tmp`;
    for (const file of built.outputFiles) {
      const target = join(scratch, relative(buildDir, file.path));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
    }
    try {
      renameSync(scratch, dir);
    } catch {
      rmSync(scratch, { recursive: true, force: true }); // another start renamed the same bundle
    }
    removeStale(dir);
  } else {
    // A bundle in use stays fresh: stale ones are removed by age (removeStale).
    try {
      utimesSync(dir, new Date(), new Date());
    } catch {
      // removed meanwhile: the import below fails, and bin/tierdesk.js falls back to tsx
    }
  }
  process.setSourceMapsEnabled(true);
  const { main } = await import(pathToFileURL(join(dir, 'main.js')).href);
  return main;
}

/**
 * Bundles this repository's sources only: npm packages stay imports (resolved from
 * node_modules at run time, native ones included), and each source keeps its own
 * `import.meta.url` (the hub finds `widget/dist/` and the demo app next to its sources).
 * @type {import('esbuild').Plugin}
 */
const sourcesOnly = {
  name: 'tierdesk-sources-only',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@tierdesk/') ? undefined : { path: args.path, external: true },
    );
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

/** @param {string} path */
function exists(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** @param {string} current the bundle just written */
function removeStale(current) {
  const now = Date.now();
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (path === current) continue;
    try {
      if (now - statSync(path).mtimeMs > keepMs) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed by another start meanwhile
    }
  }
}
