import { describe, expect, it } from 'vitest';
import { describeArgs, describeValue } from './describeValue';

describe('describeValue', () => {
  it('describes strings, errors and objects', () => {
    expect(describeValue('x')).toBe('x');
    expect(describeValue(new TypeError('bad'))).toBe('TypeError: bad');
    expect(describeValue({ a: 1 })).toBe('{"a":1}');
    expect(describeValue(undefined)).toBe('undefined');
  });

  it('never throws on cyclic or hostile values', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('[object Object]');
    const hostile = {
      toJSON() {
        throw new Error('no');
      },
    };
    expect(describeValue(hostile)).toBe('[object Object]');
  });

  it('bounds the length', () => {
    expect(describeArgs(['a'.repeat(50), 'b'], 10)).toHaveLength(10);
  });
});
