// Builds the extension for the tests: the shipped build (`.output/chrome-mv3`) or the end-to-end
// build (`.output/e2e/chrome-mv3`, host access granted up front; see wxt.config.ts).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export function buildExtension(
  kind: 'shipped' | 'e2e',
  browser: 'chrome' | 'firefox' = 'chrome',
): string {
  const args = [
    repoRoot + 'node_modules/wxt/bin/wxt.mjs',
    'build',
    ...(browser === 'firefox' ? ['-b', 'firefox', '--mv3'] : []),
  ];
  execFileSync(process.execPath, args, {
    cwd: repoRoot,
    stdio: 'pipe',
    env: { ...process.env, TIERDESK_E2E_BUILD: kind === 'e2e' ? '1' : '0' },
  });
  return `${repoRoot}.output/${kind === 'e2e' ? 'e2e/' : ''}${browser}-mv3`;
}
