import { describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { firstScreenOf } from '../db/firstScreen';
import type { Settings } from '../settings/settingsSchema';
import { verifyPopupStart } from './verifyPopupStart';

const agent: Settings = {
  hubUrl: 'https://hub.example',
  mode: 'agent',
  token: 'td_abcdefgh1234',
  reportApp: 'payroll',
  me: { id: 'ada', name: 'Ada', role: 'L1' },
  consoleCapture: false,
};
const screen = firstScreenOf([q()], () => 1, 'ada');

describe('verifyPopupStart', () => {
  it('parses the settings and the agent’s first screen', () => {
    const v = verifyPopupStart({ settings: agent, firstScreen: screen });
    expect(v.loaded).toEqual({ ok: true, settings: agent });
    expect(v.head).toEqual(screen);
  });

  it('names the field when the stored settings are broken, and then trusts no first screen', () => {
    const v = verifyPopupStart({ settings: { ...agent, hubUrl: 'nope' }, firstScreen: screen });
    expect(!v.loaded.ok && v.loaded.reason).toContain('hubUrl');
    expect(v.head).toBe(null);
  });

  it('drops a first screen the schema rejects, even one that passes the shape check', () => {
    const bad = structuredClone(screen);
    bad.rows[0]!.item.createdAt = 'yesterday';
    expect(verifyPopupStart({ settings: agent, firstScreen: bad }).head).toBe(null);
  });

  it('reports “not set up yet” before setup, and no first screen for a reporter', () => {
    expect(verifyPopupStart({ settings: undefined, firstScreen: screen })).toEqual({
      loaded: { ok: false, reason: 'not set up yet' },
      head: null,
    });
    const reporter = { ...agent, mode: 'reporter' as const, token: undefined };
    expect(verifyPopupStart({ settings: reporter, firstScreen: screen }).head).toBe(null);
  });
});
