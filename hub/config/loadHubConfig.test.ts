import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '@tierdesk/core';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadHubConfig, parseHubConfig } from './loadHubConfig';

const example = fileURLToPath(new URL('../tierdesk.config.example.json', import.meta.url));
const app = {
  id: 'a',
  name: 'A',
  intakeKeys: ['pk_aaaaaaaaaa'],
  allowedOrigins: ['https://a.example'],
};

function issuesOf(input: unknown): string[] {
  try {
    parseHubConfig(input);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => i.path);
    throw error;
  }
  return [];
}

describe('the hub configuration', () => {
  it('accepts the documented example', async () => {
    const config = await loadHubConfig(example);
    expect(config.apps.map((a) => a.id)).toEqual(['payroll', 'wiki']);
    expect(config.sla.calendars[0]!.timeZone).toBe('Europe/Berlin');
    expect(config.hub.webhooks[0]!.events).toEqual(['sla.breach', 'incident']);
  });

  it('fills what is left out with the defaults', () => {
    const config = parseHubConfig({ apps: [app] });
    expect(config.taxonomy).toEqual(defaultConfig.taxonomy);
    expect(config.hub.rateLimits.intakeClient).toEqual({ perMinute: 60, burst: 20 });
    expect(config.hub.limits.attachmentBytes).toBe(8 * 1024 * 1024);
  });

  it('names every mistake by its path', () => {
    expect(issuesOf({ apps: [{ ...app, intakeKeys: ['secret'] }] })).toEqual([
      'apps.0.intakeKeys.0',
    ]);
    expect(
      issuesOf({ apps: [app], hub: { webhooks: [{ url: 'ftp://x', secret: 'short' }] } }),
    ).toEqual(['hub.webhooks.0.url', 'hub.webhooks.0.secret']);
    expect(issuesOf({ apps: [app], surprise: 1 })).toEqual(['(root)']);
    expect(issuesOf({ apps: [app, app] })).toEqual(['apps.1.id', 'apps.1.intakeKeys.0']);
    expect(
      issuesOf({
        apps: [app],
        sla: { calendars: [{ id: 'c', timeZone: 'Mars/Olympus', weekly: [] }] },
      }),
    ).toContain('sla.calendars.0.timeZone');
  });

  it('says when the file is missing or not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tierdesk-config-'));
    writeFileSync(join(dir, 'bad.json'), '{ apps: [] }');
    await expect(loadHubConfig(join(dir, 'bad.json'))).rejects.toThrow(/not valid JSON/);
    await expect(loadHubConfig(join(dir, 'none.json'))).rejects.toThrow(/cannot read/);
  });
});
