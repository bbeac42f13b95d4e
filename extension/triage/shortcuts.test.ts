import { describe, expect, it } from 'vitest';
import { commandFor } from './shortcuts';

describe('commandFor', () => {
  it('maps keys to commands', () => {
    expect(commandFor({ key: 'j' })).toBe('next');
    expect(commandFor({ key: 'ArrowUp' })).toBe('previous');
    expect(commandFor({ key: 'e' })).toBe('escalate');
    expect(commandFor({ key: 'x' })).toBe(null);
  });
  it('leaves typing and modified keys alone, except Escape', () => {
    const input = document.createElement('textarea');
    expect(commandFor({ key: 'e', target: input })).toBe(null);
    expect(commandFor({ key: 'Escape', target: input })).toBe('back');
    expect(commandFor({ key: 'r', ctrlKey: true })).toBe(null);
  });
});
