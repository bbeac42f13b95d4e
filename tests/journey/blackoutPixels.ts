// Reads the uploaded screenshot back in the browser and samples it where the employee put a
// black-out box: what left the page must be black there, not merely covered in the editor.
import type { Page } from 'playwright-core';

/** The box as the editor shows it: percentages of the image (left, top, width, height). */
export async function blackoutBox(page: Page): Promise<[number, number, number, number]> {
  return page.$eval('tierdesk-widget .td-box-blackout', (el) => {
    const s = (el as HTMLElement).style;
    return [s.left, s.top, s.width, s.height].map((v) => parseFloat(v)) as [
      number,
      number,
      number,
      number,
    ];
  });
}

/** The RGB of the image at the centre of the box (percentages), decoded by Chromium. */
export async function pixelAtBoxCentre(
  page: Page,
  image: { bytes: Buffer; type: string },
  box: [number, number, number, number],
): Promise<number[]> {
  const url = `data:${image.type};base64,${image.bytes.toString('base64')}`;
  return page.evaluate(
    async ({ url, box }) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const x = Math.round(((box[0] + box[2] / 2) / 100) * img.naturalWidth);
      const y = Math.round(((box[1] + box[3] / 2) / 100) * img.naturalHeight);
      return [...g.getImageData(x, y, 1, 1).data.slice(0, 3)];
    },
    { url, box },
  );
}
