import { describe, expect, it } from 'vitest';
import { sniffImage } from './sniffImage';
import { jpegHeader, pngImage, webpHeader } from './testImages';

describe('sniffImage', () => {
  it('recognises PNG, JPEG and WebP by their bytes and reads their size', () => {
    expect(sniffImage(pngImage(3, 2))).toEqual({ contentType: 'image/png', width: 3, height: 2 });
    expect(sniffImage(jpegHeader(640, 480))).toEqual({
      contentType: 'image/jpeg',
      width: 640,
      height: 480,
    });
    expect(sniffImage(webpHeader(100, 50))).toEqual({
      contentType: 'image/webp',
      width: 100,
      height: 50,
    });
  });

  it('refuses anything else, whatever its name', () => {
    expect(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImage(Buffer.from('GIF89a......'))).toBeNull();
    expect(sniffImage(Buffer.alloc(0))).toBeNull();
    expect(sniffImage(pngImage().subarray(0, 10))).toBeNull();
  });
});
