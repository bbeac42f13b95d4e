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
  it('reads the settings and the agent’s first screen in one storage read', async () => {
    await saveSettings(fakeBrowser.storage.local, agent);
    await writeFirstScreen(
      fakeBrowser.storage.local,
      firstScreenOf([q()], () => 1, 'ada'),
    );
    let reads = 0;
    const area = {
      get: (keys: string[]) => (reads++, fakeBrowser.storage.local.get(keys)),
    };
    const start = await readPopupStart(() => area);
    expect(reads).toBe(1);
    expect(start.peeked).toEqual({ mode: 'agent', me: agent.me, signedIn: true });
    expect(start.head?.rows.map((r) => r.item.number)).toEqual(['TD-1001']);
    expect(start.raw.settings).toEqual(agent);
  });

  it('has no first screen in reporter mode, for another agent, or before setup', async () => {
    await writeFirstScreen(
      fakeBrowser.storage.local,
      firstScreenOf([q()], () => 1, 'ada'),
    );
    const none = await readPopupStart(() => fakeBrowser.storage.local);
    expect([none.peeked, none.head]).toEqual([null, null]);
    await saveSettings(fakeBrowser.storage.local, { ...agent, me: { ...agent.me!, id: 'bob' } });
    expect((await readPopupStart(() => fakeBrowser.storage.local)).head).toBe(null);
    await saveSettings(fakeBrowser.storage.local, { ...agent, mode: 'reporter', token: undefined });
    expect((await readPopupStart(() => fakeBrowser.storage.local)).head).toBe(null);
  });
});
