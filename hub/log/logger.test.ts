import { describe, expect, it } from 'vitest';
import { jsonLogger } from './logger';

describe('jsonLogger', () => {
  it('writes one JSON object per line with level, time, message and fields', () => {
    const lines: string[] = [];
    const log = jsonLogger(
      (l) => lines.push(l),
      () => new Date('2026-11-02T09:00:00.000Z'),
    );
    log.warn('slow request', { ms: 42 });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    expect(JSON.parse(lines[0]!)).toEqual({
      level: 'warn',
      time: '2026-11-02T09:00:00.000Z',
      msg: 'slow request',
      ms: 42,
    });
  });
});
