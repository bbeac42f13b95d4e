#!/usr/bin/env node
// The `tierdesk` command. Sources are TypeScript; tsx loads them without a build step. The
// long-running `tierdesk hub` runs from an esbuild bundle instead (hub/cli/bundledMain.js): tsx's
// loader thread and in-memory sources cost the server ~40 MB of RSS.
const argv = process.argv.slice(2);
let main = null;
if (argv[0] === 'hub') {
  const { bundledMain } = await import('../hub/cli/bundledMain.js');
  main = await bundledMain().catch((error) => {
    process.stderr.write(`tierdesk: bundling the hub failed, loading it through tsx (${error})\n`);
    return null;
  });
}
if (!main) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../hub/cli/main.ts'));
}
process.exitCode = await main(argv);
