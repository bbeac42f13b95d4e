// Burns the annotation boxes into the screenshot and encodes it for upload: PNG, or JPEG when
// PNG would pass the hub's 8 MiB attachment limit.
import type { StoredImage } from '@tierdesk/client/outbox/outboxDb';
import type { AnnotationBox } from '@tierdesk/ui/annotations';
import type { Shot } from '../dialog/createDialogModel';

const limit = 8 * 1024 * 1024;

export async function encodeShot(
  doc: Document,
  shot: Shot,
  boxes: AnnotationBox[],
  draw: (ctx: CanvasRenderingContext2D, boxes: AnnotationBox[]) => void,
): Promise<StoredImage> {
  const canvas = doc.createElement('canvas');
  canvas.width = shot.width;
  canvas.height = shot.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(shot.source, 0, 0);
  draw(ctx, boxes);
  const blob = (type: string, quality?: number) =>
    new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encoding failed'))), type, quality),
    );
  let image = await blob('image/png');
  let name = 'screenshot.png';
  if (image.size > limit) {
    image = await blob('image/jpeg', 0.8);
    name = 'screenshot.jpg';
  }
  return { bytes: await image.arrayBuffer(), type: image.type, name };
}
