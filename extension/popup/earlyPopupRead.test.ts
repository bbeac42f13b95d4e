import { describe, expect, it } from 'vitest';
import {
  appStarted,
  keepEarlyPaint,
  markAppStarted,
  popupStartKeys,
  startEarlyPopupRead,
  takeEarlyPaint,
  takePopupRead,
} from './earlyPopupRead';

/** A storage area that counts reads and answers with the keys it was asked. */
function area() {
  const asked: string[][] = [];
  return {
    asked,
    get: async (keys: string[]) => (asked.push(keys), { [keys[0]!]: asked.length }),
  };
}

describe('earlyPopupRead', () => {
  it('hands the popup the read started before its modules, once', async () => {
    const a = area();
    const page = {};
    startEarlyPopupRead(() => a, page);
    expect(a.asked).toEqual([popupStartKeys]);
    expect(await takePopupRead(() => a, page)).toEqual({ 'tierdesk.settings': 1 });
    expect(a.asked).toHaveLength(1);
    // Taken: a second take (a re-run start) reads afresh rather than reuse an old answer.
    expect(await takePopupRead(() => a, page)).toEqual({ 'tierdesk.settings': 2 });
  });

  it('reads itself when the early script did not run', async () => {
    const a = area();
    expect(await takePopupRead(() => a, {})).toEqual({ 'tierdesk.settings': 1 });
    expect(a.asked).toEqual([popupStartKeys]);
  });
});

describe('the early script and the app', () => {
  it('tells the early script the app has started, and passes its painted screen on once', () => {
    const page = {};
    expect(appStarted(page)).toBe(false);
    markAppStarted(page);
    expect(appStarted(page)).toBe(true);
    expect(takeEarlyPaint(page)).toBeNull();
    const paint = { painted: Promise.resolve(), takeOver: () => {} };
    keepEarlyPaint(page, paint);
    expect(takeEarlyPaint(page)).toBe(paint);
    expect(takeEarlyPaint(page)).toBeNull();
  });
});
