import { afterEach, describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { firstScreenKey, firstScreenOf } from '../db/firstScreen';
import { settingsKey } from '../settings/peekSettings';
import {
  followMirror,
  mirrorKey,
  mirrorText,
  readMirror,
  writeMirror,
  type StorageChanges,
} from './firstScreenMirror';
import { paintableStart } from './paintFirstScreen';

const me = { id: 'ada', name: 'Ada', role: 'L1' };
const start = () => ({
  me,
  screen: structuredClone(firstScreenOf([q({ id: 'A1', number: 'TD-1' })], () => 5, 'ada')),
});
const win = { localStorage };

afterEach(() => localStorage.clear());

describe('the first screen’s mirror', () => {
  it('keeps the agent and the screen, never the token, and reads them back shape-checked', () => {
    writeMirror(win, start());
    const text = localStorage.getItem(mirrorKey)!;
    expect(text).not.toContain('token');
    expect(readMirror(win)).toEqual(start());
    expect(mirrorText(readMirror(win)!)).toBe(text);
  });

  it('is removed when there is nothing to paint', () => {
    writeMirror(win, start());
    writeMirror(win, null);
    expect(localStorage.getItem(mirrorKey)).toBeNull();
    expect(readMirror(win)).toBeNull();
  });

  it('reads as nothing when it is not what it writes', () => {
    const good = JSON.parse(mirrorText(start())) as Record<string, unknown>;
    const cases: [string, string][] = [
      ['not JSON', '{"v":1,'],
      ['not an object', 'null'],
      ['another version', JSON.stringify({ ...good, v: 2 })],
      ['no agent', JSON.stringify({ ...good, me: null })],
      ['an agent without a name', JSON.stringify({ ...good, me: { id: 'ada', role: 'L1' } })],
      ['another agent’s screen', JSON.stringify({ ...good, me: { ...me, id: 'bob' } })],
      [
        'a row not of its shape',
        JSON.stringify({ ...good, screen: { ...start().screen, rows: [{}] } }),
      ],
    ];
    for (const [why, text] of cases) {
      localStorage.setItem(mirrorKey, text);
      expect(readMirror(win), why).toBeNull();
    }
  });

  it('neither throws nor keeps a stale copy where the page may not use its storage', () => {
    const denied = {
      get localStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readMirror(denied)).toBeNull();
    expect(() => writeMirror(denied, start())).not.toThrow();
    writeMirror(win, start());
    const full = {
      localStorage: {
        getItem: (k: string) => localStorage.getItem(k),
        removeItem: (k: string) => localStorage.removeItem(k),
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      },
    };
    writeMirror(full, { ...start(), me: { ...me, name: 'Ada L.' } });
    expect(localStorage.getItem(mirrorKey)).toBeNull();
  });

  it('follows storage.local: the settings or the first screen changing rewrites it', async () => {
    let stored: Record<string, unknown> = {
      [settingsKey]: { mode: 'agent', token: 't', me },
      [firstScreenKey]: start().screen,
    };
    const listeners: Parameters<StorageChanges['addListener']>[0][] = [];
    const area = { get: async () => structuredClone(stored) };
    followMirror(area, { addListener: (l) => listeners.push(l) }, win);
    const change = async (keys: string[], areaName = 'local') => {
      listeners.forEach((l) => l(Object.fromEntries(keys.map((k) => [k, {}])), areaName));
      await new Promise((r) => setTimeout(r));
    };

    await change([firstScreenKey]);
    expect(readMirror(win)).toEqual(paintableStart(stored));

    stored = { ...stored, [settingsKey]: { mode: 'reporter', me } };
    await change(['unrelated']);
    await change([settingsKey], 'session');
    expect(readMirror(win)).not.toBeNull(); // neither is a change it follows
    await change([settingsKey]);
    expect(readMirror(win)).toBeNull(); // signed out of agent mode: nothing to paint
  });
});
