import { describe, expect, it } from 'vitest';
import { boxFromCorners, centredBox, clampBox, drawAnnotations, nudgeBox } from './annotations';

const image = { width: 800, height: 400 };

describe('annotation boxes', () => {
  it('adds a centred box by keyboard', () => {
    expect(centredBox('a', 'blackout', image)).toEqual({
      id: 'a',
      kind: 'blackout',
      x: 300,
      y: 150,
      w: 200,
      h: 100,
    });
  });

  it('keeps boxes inside the image', () => {
    expect(clampBox({ id: 'a', kind: 'highlight', x: 790, y: -5, w: 50, h: 2 }, image)).toEqual({
      id: 'a',
      kind: 'highlight',
      x: 750,
      y: 0,
      w: 50,
      h: 8,
    });
  });

  it('spans dragged corners in either direction', () => {
    expect(
      boxFromCorners('a', 'highlight', { x: 100, y: 90 }, { x: 20, y: 10 }, image),
    ).toMatchObject({
      x: 20,
      y: 10,
      w: 80,
      h: 80,
    });
  });

  it('moves with arrows and resizes with Shift', () => {
    const box = centredBox('a', 'highlight', image);
    expect(nudgeBox(box, 'ArrowRight', { resize: false, step: 10 }, image)).toMatchObject({
      x: 310,
      w: 200,
    });
    expect(nudgeBox(box, 'ArrowDown', { resize: true, step: 10 }, image)).toMatchObject({
      y: 150,
      h: 110,
    });
    expect(nudgeBox(box, 'Enter', { resize: false, step: 10 }, image)).toBeNull();
  });

  it('draws black-outs opaque and highlights as outlines', () => {
    const calls: string[] = [];
    const ctx = {
      fillRect: (...a: number[]) => calls.push(`fill ${a.join(',')}`),
      strokeRect: (...a: number[]) => calls.push(`stroke ${a.join(',')}`),
    } as unknown as CanvasRenderingContext2D;
    drawAnnotations(
      ctx,
      [
        { id: 'a', kind: 'blackout', x: 1, y: 2, w: 3, h: 4 },
        { id: 'b', kind: 'highlight', x: 1, y: 2, w: 3, h: 4 },
      ],
      2,
    );
    expect(calls).toEqual(['fill 2,4,6,8', 'stroke 2,4,6,8']);
    expect(ctx.fillStyle).toBe('#000');
  });
});
