// The shipped extension asks for exactly the permissions the design names (DESIGN.md, issue 7):
// this fails when the manifest gains one. Also: Firefox gets its gecko id and Chrome does not,
// both zip, and the page-world content script never shadows a page global.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, removeBuild, zipExtension } from './extension/buildExtension';

const designPermissions = ['activeTab', 'alarms', 'notifications', 'scripting', 'storage'];
/** Optional, asked at run time: the hub's origin at setup; every site only for console capture. */
const designOptionalHosts = ['<all_urls>', 'http://*/*', 'https://*/*'];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string } };
  web_accessible_resources?: unknown[];
}

const read = (dir: string) => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as Manifest;
let chrome: Manifest;
let firefox: Manifest;
let chromeDir: string;
let firefoxDir: string;
let zipDir = '';

beforeAll(() => {
  chromeDir = buildExtension('shipped', 'chrome');
  firefoxDir = buildExtension('shipped', 'firefox');
  chrome = read(chromeDir);
  firefox = read(firefoxDir);
});

afterAll(() => {
  removeBuild(chromeDir);
  removeBuild(firefoxDir);
  if (zipDir) removeBuild(`${zipDir}/x`);
});

describe('the shipped manifest', () => {
  it('asks at install for exactly the permissions of the design, and no host access', () => {
    for (const m of [chrome, firefox]) {
      expect(m.manifest_version).toBe(3);
      expect([...(m.permissions ?? [])].sort()).toEqual(designPermissions);
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.host_permissions ?? []).toEqual([]);
      expect((m.content_scripts ?? []).flatMap((c) => c.matches)).toEqual([]);
      expect(m.web_accessible_resources ?? []).toEqual([]);
      expect([...(m.optional_host_permissions ?? [])].sort()).toEqual(designOptionalHosts);
    }
  });

  it('names the gecko id for Firefox only', () => {
    expect(firefox.browser_specific_settings?.gecko?.id).toMatch(/@/);
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('keeps the page-world console hook from declaring a page global', () => {
    const dir = `${chromeDir}/content-scripts`;
    for (const f of readdirSync(dir)) {
      const globalName = /^var (\w+)=/.exec(readFileSync(`${dir}/${f}`, 'utf8'))?.[1];
      if (globalName)
        expect(
          globalName in globalThis || ['console', 'window', 'document'].includes(globalName),
          f,
        ).toBe(false);
    }
  });

  it("loads the popup's module async, so the queue popup-start.js paints is not held to the end of parsing", () => {
    for (const dir of [chromeDir, firefoxDir]) {
      const html = readFileSync(`${dir}/popup.html`, 'utf8');
      const modules = html.match(/<script type="module"[^>]*>/g) ?? [];
      expect(modules.length, dir).toBeGreaterThan(0);
      for (const tag of modules) expect(tag, dir).toMatch(/\basync\b/);
      expect(html).toMatch(/<script src="\/popup-start\.js" async/);
    }
  });

  it('keeps the popup off the extension API as its scripts load (no runtime lookup at load)', () => {
    // wxt/browser's `browser` reads `browser.runtime.id` as its module loads; in this Chromium
    // that first touch sets up the API's bindings before the popup's first frame.
    for (const dir of [chromeDir, firefoxDir]) {
      const start = readFileSync(`${dir}/popup-start.js`, 'utf8');
      expect(start, dir).not.toMatch(/\bruntime\b/);
      expect(start, dir).toMatch(/\.storage\.local/);
      // The popup's module and every chunk it imports statically.
      const html = readFileSync(`${dir}/popup.html`, 'utf8');
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const js = readFileSync(`${dir}/${file}`, 'utf8');
        expect(js, file).not.toMatch(/runtime\?\.id/);
        for (const [, next] of js.matchAll(/\bfrom\s*"\.\/([^"]+\.js)"/g)) visit(`chunks/${next}`);
      };
      for (const [, src] of html.matchAll(/<script type="module"[^>]*src="\/([^"]+)"/g))
        visit(src!);
      expect(seen.size, dir).toBeGreaterThan(1);
    }
  });

  it('zips for Chrome and Firefox from the same source', () => {
    zipDir = zipExtension('chrome');
    zipExtension('firefox', zipDir);
    const zips = readdirSync(zipDir).filter((f) => f.endsWith('.zip'));
    expect(zips.some((z) => z.includes('chrome'))).toBe(true);
    expect(zips.some((z) => z.includes('firefox'))).toBe(true);
    expect(existsSync(`${zipDir}/firefox-mv3/manifest.json`)).toBe(true);
  });
});
