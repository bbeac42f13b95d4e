import { describe, expect, it, vi } from 'vitest';
import { installConsoleRing } from './installConsoleRing';

describe('installConsoleRing', () => {
  it('records errors and warnings, still calls the page console, and installs once', () => {
    const errorSpy = vi.spyOn(window.console, 'error').mockImplementation(() => {});
    const ring = installConsoleRing(window);
    console.error('payslip failed', new Error('500'));
    console.warn({ slow: true });
    expect(errorSpy).toHaveBeenCalledWith('payslip failed', expect.any(Error));
    expect(ring.map((e) => [e.level, e.message])).toEqual([
      ['error', 'payslip failed Error: 500'],
      ['warn', '{"slow":true}'],
    ]);
    expect(installConsoleRing(window)).toBe(ring);
    for (let i = 0; i < 60; i++) console.warn(i);
    expect(ring).toHaveLength(50);
    errorSpy.mockRestore();
  });
});
