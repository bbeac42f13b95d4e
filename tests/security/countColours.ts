// Counts, in a real browser, the pixels of an image that are pure red (the masked areas of the
// test pages) and pure green (their unmasked control): the pixel check of screenshot masking.
import type { Page } from 'playwright-core';

export function countColours(
  page: Page,
  image: Buffer,
  type: string,
): Promise<{ red: number; green: number; width: number; height: number }> {
  return page.evaluate(
    async ({ b64, type }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let red = 0;
      let green = 0;
      for (let i = 0; i < d.length; i += 4) {
        const [r, g, b] = [d[i]!, d[i + 1]!, d[i + 2]!];
        if (r > 200 && g < 60 && b < 60) red++;
        if (g > 200 && r < 60 && b < 60) green++;
      }
      return { red, green, width: bitmap.width, height: bitmap.height };
    },
    { b64: image.toString('base64'), type },
  );
}
