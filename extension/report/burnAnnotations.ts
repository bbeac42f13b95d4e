// Burns the highlight and black-out boxes into the screenshot before it leaves the popup, so a
// blacked-out secret is gone from the bytes, not just hidden by an overlay.
import { drawAnnotations, type AnnotationBox } from '@tierdesk/ui/annotations';

export async function burnAnnotations(
  dataUrl: string,
  boxes: readonly AnnotationBox[],
  doc: Document,
): Promise<string> {
  if (boxes.length === 0) return dataUrl;
  const img = doc.createElement('img');
  img.src = dataUrl;
  await img.decode();
  const canvas = doc.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) return dataUrl;
  ctx.drawImage(img, 0, 0);
  drawAnnotations(ctx, boxes);
  return canvas.toDataURL('image/png');
}
