import { describe, expect, it } from 'vitest';
import { extensionApi } from './extensionApi';

describe('extensionApi', () => {
  it('is `browser` where there is one, else `chrome`, looked up only when called', () => {
    const firefox = { browser: { id: 'browser' }, chrome: { id: 'chrome' } };
    const chromium = { chrome: { id: 'chrome' } };
    expect(extensionApi(firefox)).toBe(firefox.browser);
    expect(extensionApi(chromium)).toBe(chromium.chrome);
    let touched = 0;
    const lazy = {
      get chrome() {
        touched++;
        return { id: 'chrome' };
      },
    };
    const call = () => extensionApi(lazy);
    expect(touched).toBe(0);
    call();
    expect(touched).toBe(1);
    expect(() => extensionApi({})).toThrow(/not an extension page/);
  });
});
