// WXT configuration: the extension's source lives in extension/ (DESIGN.md layout).
import { defineConfig } from 'wxt';

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  manifest: {
    name: 'Tierdesk',
    description: 'Report a problem from any page; triage the support queue.',
    permissions: ['activeTab', 'storage', 'alarms', 'notifications', 'scripting'],
  },
});
