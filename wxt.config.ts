// WXT configuration: the extension's source lives in extension/ (DESIGN.md layout). One source,
// Chrome MV3 and Firefox MV3 builds; least privilege (tests/extension-manifest.test.ts holds it).
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/** Granted at install: nothing that reads every site. */
export const installPermissions = ['activeTab', 'storage', 'alarms', 'notifications', 'scripting'];

/**
 * Asked for at run time: the hub's origin at setup (exactly that origin), and every site only if
 * the user turns on console-error capture. Nothing here is granted by installing.
 */
export const optionalHostPermissions = ['http://*/*', 'https://*/*', '<all_urls>'];

/**
 * End-to-end builds only (`TIERDESK_E2E_BUILD=1`, written to `.output/e2e/`): headless Chromium
 * cannot click the permission prompt nor the toolbar button that grants activeTab, so the test
 * build is granted host access up front. The shipped build never is (tests/extension-manifest).
 */
const e2e = process.env['TIERDESK_E2E_BUILD'] === '1';

/**
 * The popup's module loads `async`: a deferred module (Vite's default) holds the end of parsing,
 * and Chromium starts no frame before parsing ends, so the queue popup-start.js painted waited for
 * the module's fetch and evaluation to reach the screen (CDP trace: FinishedParsing → first
 * BeginMainFrame). The module copes with running before or after popup-start.js.
 */
const asyncPopupModule: Plugin = {
  name: 'tierdesk-async-popup-module',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) =>
      /popup[\\/]index\.html$/.test(ctx.path) || ctx.path.endsWith('popup.html')
        ? html.replace(
            /<script type="module" crossorigin/g,
            '<script type="module" async crossorigin',
          )
        : html,
  },
};

export default defineConfig({
  srcDir: 'extension',
  // Tests build into their own folder (TIERDESK_EXT_OUT) so parallel runs never wipe each other's.
  outDir: process.env['TIERDESK_EXT_OUT'] ?? (e2e ? '.output/e2e' : '.output'),
  publicDir: 'extension/public',
  vite: () => ({
    plugins: [preact(), asyncPopupModule],
    // `TIERDESK_SOURCEMAP=1` maps the chunks back to sources (what makes the popup's first load heavy).
    build: { sourcemap: process.env['TIERDESK_SOURCEMAP'] === '1' },
  }),
  manifest: ({ browser }) => ({
    name: 'Tierdesk',
    description: 'Report a problem from any page; triage the support queue.',
    permissions: installPermissions,
    optional_host_permissions: optionalHostPermissions,
    ...(e2e ? { host_permissions: ['<all_urls>'] } : {}),
    action: { default_title: 'Tierdesk' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+T' }, description: 'Open Tierdesk' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'tierdesk@tierdesk.example', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
