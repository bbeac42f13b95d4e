// Builds the extension for a test run into a folder of its own (parallel runs and other suites
// build too, and a build wipes its folder): the shipped build, or the end-to-end build (host
// access granted up front, see wxt.config.ts). Returns the unpacked extension's folder.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function runWxt(
  command: 'build' | 'zip',
  kind: 'shipped' | 'e2e',
  browser: 'chrome' | 'firefox',
  outDir: string,
): void {
  const args = [
    `${repoRoot}node_modules/wxt/bin/wxt.mjs`,
    command,
    ...(browser === 'firefox' ? ['-b', 'firefox', '--mv3'] : []),
  ];
  execFileSync(process.execPath, args, {
    cwd: repoRoot,
    stdio: 'pipe',
    env: {
      ...process.env,
      TIERDESK_E2E_BUILD: kind === 'e2e' ? '1' : '0',
      TIERDESK_EXT_OUT: outDir,
    },
  });
}

const freshOutDir = (kind: string) =>
  `${repoRoot}.output/test-${kind}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

/** Builds and returns the folder `--load-extension` takes (`<outDir>/<browser>-mv3`). */
export function buildExtension(
  kind: 'shipped' | 'e2e',
  browser: 'chrome' | 'firefox' = 'chrome',
): string {
  const outDir = freshOutDir(kind);
  runWxt('build', kind, browser, outDir);
  return `${outDir}/${browser}-mv3`;
}

/** Builds and zips the shipped extension; returns the folder holding the zips. */
export function zipExtension(browser: 'chrome' | 'firefox', outDir = freshOutDir('zip')): string {
  runWxt('zip', 'shipped', browser, outDir);
  return outDir;
}

/** Removes a build made by buildExtension (its whole output folder). */
export function removeBuild(extensionDir: string): void {
  rmSync(dirname(extensionDir), { recursive: true, force: true });
}
