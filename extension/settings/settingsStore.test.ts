import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings, saveSettings, settingsKey } from './settingsStore';

const good = {
  hubUrl: 'https://hub.example',
  mode: 'agent' as const,
  token: 'td_0123456789abcdef',
  reportApp: 'web',
  consoleCapture: false,
};

describe('settingsStore', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips valid settings', async () => {
    await saveSettings(fakeBrowser.storage.local, good);
    expect(await loadSettings(fakeBrowser.storage.local)).toEqual({ ok: true, settings: good });
  });

  it('says not set up when nothing is stored, and names the field of a broken value', async () => {
    expect(await loadSettings(fakeBrowser.storage.local)).toEqual({
      ok: false,
      reason: 'not set up yet',
    });
    await fakeBrowser.storage.local.set({ [settingsKey]: { ...good, hubUrl: 'ftp://x/y' } });
    const r = await loadSettings(fakeBrowser.storage.local);
    expect(!r.ok && r.reason).toContain('hubUrl');
  });

  it('refuses to save an invalid token', async () => {
    await expect(
      saveSettings(fakeBrowser.storage.local, { ...good, token: 'secret' }),
    ).rejects.toThrow(/token/);
  });
});
