// Starts headless Chromium with a built extension loaded (TOOLCHAIN.md: only a persistent context
// loads extensions) and finds the extension's id from its service worker.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumArgs } from '../chromiumArgs';

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  origin: string;
  close: () => Promise<void>;
}

export async function launchExtension(dir: string): Promise<LoadedExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'tierdesk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...chromiumArgs, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    id,
    origin: `chrome-extension://${id}`,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
