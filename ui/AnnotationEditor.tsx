// Marks up a screenshot with highlight and black-out boxes, by pointer (drag) or entirely by
// keyboard: add a box with a button, select it with Tab, arrows move, Shift+arrows resize,
// Delete removes. Presentational: boxes come in, changes go out through onChange.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  boxFromCorners,
  centredBox,
  nudgeBox,
  type AnnotationBox,
  type BoxKind,
  type ImageSize,
} from './annotations';
import type { Strings } from './strings';

export interface AnnotationEditorProps {
  /** The screenshot: a canvas or bitmap, drawn on a canvas (no blob: or data: URL, so a strict img-src CSP is no obstacle). */
  source: CanvasImageSource;
  image: ImageSize;
  boxes: AnnotationBox[];
  onChange: (boxes: AnnotationBox[]) => void;
  strings: Strings;
  newId: () => string;
}

const pct = (v: number, of: number) => `${(v / of) * 100}%`;

export function AnnotationEditor({
  source,
  image,
  boxes,
  onChange,
  strings,
  newId,
}: AnnotationEditorProps) {
  const [tool, setTool] = useState<BoxKind>('highlight');
  const [drag, setDrag] = useState<{ from: { x: number; y: number }; box: AnnotationBox } | null>(
    null,
  );
  const surface = useRef<HTMLDivElement>(null);
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    try {
      canvas.current?.getContext('2d')?.drawImage(source, 0, 0, image.width, image.height);
    } catch {
      // No 2D context (tests, exotic browsers): the boxes still work on a blank surface.
    }
  }, [source, image.width, image.height]);

  const toImage = (e: PointerEvent) => {
    const r = surface.current!.getBoundingClientRect();
    return {
      x: ((e.clientX - r.left) / Math.max(1, r.width)) * image.width,
      y: ((e.clientY - r.top) / Math.max(1, r.height)) * image.height,
    };
  };
  const add = (kind: BoxKind) => {
    setTool(kind);
    const box = centredBox(newId(), kind, image);
    onChange([...boxes, box]);
    // Put the keyboard on the new box so arrows act on it straight away.
    queueMicrotask(() => refs.current.get(box.id)?.focus());
  };
  const onKey = (box: AnnotationBox, e: KeyboardEvent) => {
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      onChange(boxes.filter((b) => b.id !== box.id));
      return;
    }
    const step = Math.max(1, Math.round(image.width / 100));
    const moved = nudgeBox(box, e.key, { resize: e.shiftKey, step }, image);
    if (!moved) return;
    e.preventDefault();
    onChange(boxes.map((b) => (b.id === box.id ? moved : b)));
  };
  const shown = drag ? [...boxes, drag.box] : boxes;

  return (
    <div class="td-annotate">
      <div class="td-tools" role="group" aria-label={strings.annotate}>
        <button
          type="button"
          class="td-secondary"
          aria-pressed={tool === 'highlight'}
          onClick={() => add('highlight')}
        >
          {strings.addHighlight}
        </button>
        <button
          type="button"
          class="td-secondary"
          aria-pressed={tool === 'blackout'}
          onClick={() => add('blackout')}
        >
          {strings.addBlackout}
        </button>
      </div>
      <p class="td-hint">{strings.boxHelp}</p>
      <div
        ref={surface}
        class="td-surface"
        style={{ aspectRatio: `${image.width} / ${image.height}` }}
        onPointerDown={(e) => {
          if (e.target !== e.currentTarget && !(e.target as Element).matches('canvas')) return;
          const from = toImage(e);
          (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
          setDrag({ from, box: boxFromCorners(newId(), tool, from, from, image) });
        }}
        onPointerMove={(e) =>
          drag &&
          setDrag({ ...drag, box: boxFromCorners(drag.box.id, tool, drag.from, toImage(e), image) })
        }
        onPointerUp={() => {
          if (drag) onChange([...boxes, drag.box]);
          setDrag(null);
        }}
      >
        <canvas
          ref={canvas}
          width={image.width}
          height={image.height}
          role="img"
          aria-label={strings.screenshot}
        />
        {shown.map((box, i) => (
          <button
            key={box.id}
            type="button"
            ref={(el) => {
              if (el) refs.current.set(box.id, el);
              else refs.current.delete(box.id);
            }}
            class={`td-box td-box-${box.kind}`}
            aria-label={`${box.kind === 'blackout' ? strings.boxBlackout : strings.boxHighlight} ${i + 1}`}
            style={{
              left: pct(box.x, image.width),
              top: pct(box.y, image.height),
              width: pct(box.w, image.width),
              height: pct(box.h, image.height),
            }}
            onKeyDown={(e) => onKey(box, e)}
          />
        ))}
      </div>
      {boxes.length > 0 && (
        <ul class="td-boxes">
          {boxes.map((box, i) => (
            <li key={box.id}>
              {box.kind === 'blackout' ? strings.boxBlackout : strings.boxHighlight} {i + 1}{' '}
              <button
                type="button"
                class="td-link"
                aria-label={`${strings.removeBox} ${i + 1}`}
                onClick={() => onChange(boxes.filter((b) => b.id !== box.id))}
              >
                {strings.removeBox}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
