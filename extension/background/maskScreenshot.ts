// Blacks out the page's masked areas on a captureVisibleTab image before it is kept anywhere:
// the extension's equivalent of the widget blanking password fields and `[data-tierdesk-mask]`.
// The boxes come from the page (untrusted shape), so they are parsed and clamped here.
import * as z from 'zod/mini';

const boxesSchema = z.object({
  viewport: z.object({
    width: z.number().check(z.positive()),
    height: z.number().check(z.positive()),
  }),
  boxes: z
    .array(z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }))
    .check(z.maxLength(500)),
});

export type MaskBoxes = z.infer<typeof boxesSchema>;

/** The page's answer as boxes, or null when it is not a usable answer. */
export function parseMaskBoxes(raw: unknown): MaskBoxes | null {
  const r = boxesSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** Box rectangles in image pixels (the image may be scaled by devicePixelRatio or zoom). */
export function imageRects(
  m: MaskBoxes,
  image: { width: number; height: number },
): { x: number; y: number; width: number; height: number }[] {
  const sx = image.width / m.viewport.width;
  const sy = image.height / m.viewport.height;
  return m.boxes
    .filter((b) => [b.x, b.y, b.width, b.height].every(Number.isFinite))
    .map((b) => {
      // Rounded outwards, with a pixel of margin, so anti-aliased edges of a field are covered too.
      const x = Math.max(0, Math.floor(b.x * sx) - 1);
      const y = Math.max(0, Math.floor(b.y * sy) - 1);
      const right = Math.min(image.width, Math.ceil((b.x + b.width) * sx) + 1);
      const bottom = Math.min(image.height, Math.ceil((b.y + b.height) * sy) + 1);
      return { x, y, width: right - x, height: bottom - y };
    })
    .filter((r) => r.width > 0 && r.height > 0);
}

/**
 * The screenshot (a data URL) with every box filled black, as a PNG data URL. Throws when the
 * image cannot be decoded or drawn, so the caller drops the screenshot rather than send it bare.
 */
export async function maskScreenshot(dataUrl: string, m: MaskBoxes): Promise<string> {
  if (m.boxes.length === 0) return dataUrl;
  const bitmap = await createImageBitmap(await (await fetch(dataUrl)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2d canvas to mask the screenshot on');
  g.drawImage(bitmap, 0, 0);
  bitmap.close();
  g.fillStyle = '#000';
  for (const r of imageRects(m, canvas)) g.fillRect(r.x, r.y, r.width, r.height);
  const bytes = new Uint8Array(
    await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer(),
  );
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
}
