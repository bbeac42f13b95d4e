import { describe, expect, it } from 'vitest';
import { wrapConsole } from './wrapConsole';

function fakeConsole() {
  const calls: unknown[][] = [];
  const c = {
    error(...args: unknown[]) {
      calls.push(args);
      return 'ret';
    },
    warn(...args: unknown[]) {
      calls.push(['warn', ...args]);
    },
  } as unknown as Console;
  return { c, calls };
}

describe('wrapConsole', () => {
  it('records and passes calls through unchanged', () => {
    const { c, calls } = fakeConsole();
    const seen: unknown[] = [];
    const stop = wrapConsole(c, (level, args) => seen.push([level, ...args]));
    expect(c.error('a', 1)).toBe('ret');
    c.warn('w');
    expect(calls).toEqual([
      ['a', 1],
      ['warn', 'w'],
    ]);
    expect(seen).toEqual([
      ['error', 'a', 1],
      ['warn', 'w'],
    ]);
    stop();
  });

  it('survives a recorder that throws', () => {
    const { c, calls } = fakeConsole();
    wrapConsole(c, () => {
      throw new Error('boom');
    });
    expect(() => c.error('x')).not.toThrow();
    expect(calls).toEqual([['x']]);
  });

  it('restores the originals on stop, and goes inert when re-wrapped by the page', () => {
    const { c } = fakeConsole();
    const original = c.error;
    const seen: unknown[] = [];
    const stop = wrapConsole(c, (_l, args) => seen.push(args));
    stop();
    expect(c.error).toBe(original);

    const stop2 = wrapConsole(c, (_l, args) => seen.push(args));
    const ours = c.error;
    const pages = (...a: unknown[]) => ours.apply(c, a);
    c.error = pages;
    stop2();
    expect(c.error).toBe(pages);
    c.error('after');
    expect(seen).toEqual([]);
  });

  it('does not loop when the recorder logs', () => {
    const { c } = fakeConsole();
    let n = 0;
    wrapConsole(c, () => {
      n++;
      c.error('inner');
    });
    c.error('outer');
    expect(n).toBe(1);
  });
});
