import { describe, expect, it } from 'vitest';
import { imageRects, maskScreenshot, parseMaskBoxes } from './maskScreenshot';

describe('parseMaskBoxes', () => {
  it('takes the page answer of boxes and its viewport', () => {
    const m = parseMaskBoxes({
      viewport: { width: 800, height: 600 },
      boxes: [{ x: 10, y: 20, width: 100, height: 30 }],
    });
    expect(m?.boxes).toHaveLength(1);
  });

  it('refuses what a tampered page could answer', () => {
    expect(parseMaskBoxes(null)).toBeNull();
    expect(parseMaskBoxes({ viewport: { width: 0, height: 600 }, boxes: [] })).toBeNull();
    expect(
      parseMaskBoxes({ viewport: { width: 800, height: 600 }, boxes: [{ x: '1' }] }),
    ).toBeNull();
  });
});

describe('imageRects', () => {
  const m = (boxes: { x: number; y: number; width: number; height: number }[]) => ({
    viewport: { width: 800, height: 600 },
    boxes,
  });

  it('scales viewport boxes to image pixels, rounded outwards with a pixel of margin', () => {
    expect(
      imageRects(m([{ x: 10.5, y: 20, width: 100, height: 30 }]), { width: 1600, height: 1200 }),
    ).toEqual([{ x: 20, y: 39, width: 202, height: 62 }]);
  });

  it('clamps boxes to the image and drops those outside or not finite', () => {
    const rects = imageRects(
      m([
        { x: -50, y: -50, width: 100, height: 100 },
        { x: 900, y: 10, width: 10, height: 10 },
        { x: Number.NaN, y: 0, width: 10, height: 10 },
        { x: 790, y: 590, width: 100, height: 100 },
      ]),
      { width: 800, height: 600 },
    );
    expect(rects).toEqual([
      { x: 0, y: 0, width: 51, height: 51 },
      { x: 789, y: 589, width: 11, height: 11 },
    ]);
  });
});

describe('maskScreenshot', () => {
  it('leaves the image untouched when there is nothing to hide', async () => {
    const url = 'data:image/png;base64,AAAA';
    expect(await maskScreenshot(url, { viewport: { width: 1, height: 1 }, boxes: [] })).toBe(url);
  });
});
