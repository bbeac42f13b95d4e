import { describe, expect, it } from 'vitest';
import { DefinitionTrack } from './definitionTrack';

describe('DefinitionTrack', () => {
  it('keeps the spans its pause condition held, an open one closed at the instant asked', () => {
    const track = new DefinitionTrack();
    track.notePause(false, 0);
    expect(track.pausesBefore(5)).toEqual([]);
    track.notePause(true, 10);
    track.notePause(true, 15); // still held: the span goes on from 10
    track.notePause(false, 20);
    track.notePause(true, 30);
    expect(track.pausesBefore(40)).toEqual([10, 20, 30, 40]);
    // An open span that starts at the instant asked adds nothing.
    expect(track.pausesBefore(30)).toEqual([10, 20]);
    // Asking does not close the open span.
    track.notePause(false, 50);
    expect(track.pausesBefore(60)).toEqual([10, 20, 30, 50]);
  });

  it('answers pauseIn for the status, asking the set again when status or set change', () => {
    const track = new DefinitionTrack();
    const waiting = new Set(['pending'] as const);
    const solved = new Set(['solved'] as const);
    expect(track.pausedIn(waiting, 'pending')).toBe(true);
    expect(track.pausedIn(waiting, 'open')).toBe(false);
    expect(track.pausedIn(waiting, 'pending')).toBe(true);
    // Another version of the definition pauses elsewhere: the same status, another answer.
    expect(track.pausedIn(solved, 'pending')).toBe(false);
    expect(track.pausedIn(solved, 'solved')).toBe(true);
  });
});
