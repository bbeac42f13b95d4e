import { describe, expect, it } from 'vitest';
import { consoleScriptId, syncConsoleCapture, type ConsoleCaptureWorld } from './consoleCapture';

function world(granted: boolean, ids: string[] = []): ConsoleCaptureWorld & { ids: string[] } {
  return {
    ids,
    hasAllSites: async () => granted,
    registered: async () => [...ids],
    register: async (id) => void ids.push(id),
    unregister: async (id) => void ids.splice(ids.indexOf(id), 1),
  };
}

describe('syncConsoleCapture', () => {
  it('registers only when wanted and granted', async () => {
    const w = world(true);
    expect(await syncConsoleCapture(w, true)).toBe(true);
    expect(w.ids).toEqual([consoleScriptId]);
    expect(await syncConsoleCapture(w, true)).toBe(true);
    expect(w.ids).toEqual([consoleScriptId]);
  });
  it('unregisters when the permission was revoked', async () => {
    const w = world(false, [consoleScriptId]);
    expect(await syncConsoleCapture(w, true)).toBe(false);
    expect(w.ids).toEqual([]);
  });
});
