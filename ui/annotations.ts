// Annotation boxes on a screenshot (highlight or black-out), in image pixels, and the pure moves
// the editor makes with them; drawAnnotations burns them into the image before it is sent.

export type BoxKind = 'highlight' | 'blackout';

export interface AnnotationBox {
  id: string;
  kind: BoxKind;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ImageSize {
  width: number;
  height: number;
}

const minSide = 8;

/** Keeps a box inside the image and at least a few pixels wide. */
export function clampBox(box: AnnotationBox, image: ImageSize): AnnotationBox {
  const w = Math.min(Math.max(minSide, Math.round(box.w)), image.width);
  const h = Math.min(Math.max(minSide, Math.round(box.h)), image.height);
  const x = Math.min(Math.max(0, Math.round(box.x)), image.width - w);
  const y = Math.min(Math.max(0, Math.round(box.y)), image.height - h);
  return { ...box, x, y, w, h };
}

/** A new box in the middle of the image, a quarter of its size (the keyboard way to add one). */
export function centredBox(id: string, kind: BoxKind, image: ImageSize): AnnotationBox {
  const w = image.width / 4;
  const h = image.height / 4;
  return clampBox({ id, kind, x: (image.width - w) / 2, y: (image.height - h) / 2, w, h }, image);
}

/** A box spanning two corners, as dragged with a pointer. */
export function boxFromCorners(
  id: string,
  kind: BoxKind,
  a: { x: number; y: number },
  b: { x: number; y: number },
  image: ImageSize,
): AnnotationBox {
  return clampBox(
    {
      id,
      kind,
      x: Math.min(a.x, b.x),
      y: Math.min(a.y, b.y),
      w: Math.abs(a.x - b.x),
      h: Math.abs(a.y - b.y),
    },
    image,
  );
}

/** What an arrow key does to a box: move it, or with Shift resize it. */
export function nudgeBox(
  box: AnnotationBox,
  key: string,
  { resize, step }: { resize: boolean; step: number },
  image: ImageSize,
): AnnotationBox | null {
  const d = {
    ArrowLeft: [-step, 0],
    ArrowRight: [step, 0],
    ArrowUp: [0, -step],
    ArrowDown: [0, step],
  }[key];
  if (!d) return null;
  const [dx, dy] = d as [number, number];
  return clampBox(
    resize ? { ...box, w: box.w + dx, h: box.h + dy } : { ...box, x: box.x + dx, y: box.y + dy },
    image,
  );
}

/** Paints the boxes onto a canvas holding the screenshot: black-outs opaque, highlights outlined. */
export function drawAnnotations(
  ctx: CanvasRenderingContext2D,
  boxes: readonly AnnotationBox[],
  scale = 1,
) {
  for (const b of boxes) {
    const [x, y, w, h] = [b.x * scale, b.y * scale, b.w * scale, b.h * scale];
    if (b.kind === 'blackout') {
      ctx.fillStyle = '#000';
      ctx.fillRect(x, y, w, h);
    } else {
      ctx.strokeStyle = '#f59e0b';
      ctx.lineWidth = Math.max(2, 3 * scale);
      ctx.strokeRect(x, y, w, h);
    }
  }
}
