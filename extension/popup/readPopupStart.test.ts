import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { firstScreenOf, writeFirstScreen } from '../db/firstScreen';
import { saveSettings } from '../settings/settingsStore';
import type { Settings } from '../settings/settingsSchema';
import { readPopupStart } from './readPopupStart';

const agent: Settings = {
  hubUrl: 'https://hub.example',
  mode: 'agent',
  token: 'td_abcdefgh1234',
  reportApp: 'payroll',
  me: { id: 'ada', name: 'Ada', role: 'L1' },
  consoleCapture: false,
};

beforeEach(() => fakeBrowser.reset());

describe('readPopupStart', () => {
  it('reads the settings and the agent’s first screen together', async () => {
    await saveSettings(fakeBrowser.storage.local, agent);
    await writeFirstScreen(
      fakeBrowser.storage.local,
      firstScreenOf([q()], () => 1, 'ada'),
    );
    const start = await readPopupStart(fakeBrowser.storage.local);
    expect(start.loaded.ok && start.loaded.settings.me?.name).toBe('Ada');
    expect(start.head?.rows).toHaveLength(1);
  });

  it('has no first screen in reporter mode, for another agent, or before setup', async () => {
    await writeFirstScreen(
      fakeBrowser.storage.local,
      firstScreenOf([q()], () => 1, 'ada'),
    );
    expect(await readPopupStart(fakeBrowser.storage.local)).toEqual({
      loaded: { ok: false, reason: 'not set up yet' },
      head: null,
    });
    await saveSettings(fakeBrowser.storage.local, { ...agent, me: { ...agent.me!, id: 'bob' } });
    expect((await readPopupStart(fakeBrowser.storage.local)).head).toBe(null);
    await saveSettings(fakeBrowser.storage.local, { ...agent, mode: 'reporter', token: undefined });
    expect((await readPopupStart(fakeBrowser.storage.local)).head).toBe(null);
  });

  it('names the field when the stored settings are broken', async () => {
    await fakeBrowser.storage.local.set({ 'tierdesk.settings': { ...agent, hubUrl: 'nope' } });
    const start = await readPopupStart(fakeBrowser.storage.local);
    expect(!start.loaded.ok && start.loaded.reason).toContain('hubUrl');
  });
});
