// A screenshot the agent can zoom: click or +/- to zoom, drag-free scrolling inside the frame.
import { useState } from 'preact/hooks';

export interface ZoomableImageProps {
  src: string;
  alt: string;
  /** Zoom steps offered, 1 = fit to the frame width. */
  levels?: number[];
}

export function ZoomableImage({ src, alt, levels = [1, 1.5, 2, 3] }: ZoomableImageProps) {
  const [i, setI] = useState(0);
  const zoom = levels[i] ?? 1;
  const step = (d: number) => setI((v) => Math.min(levels.length - 1, Math.max(0, v + d)));
  return (
    <div class="td-zoom">
      <div style={{ display: 'flex', gap: '4px', alignItems: 'center', fontSize: '12px' }}>
        <button type="button" aria-label="Zoom out" onClick={() => step(-1)} disabled={i === 0}>
          −
        </button>
        <span data-zoom={zoom}>{Math.round(zoom * 100)} %</span>
        <button
          type="button"
          aria-label="Zoom in"
          onClick={() => step(1)}
          disabled={i === levels.length - 1}
        >
          +
        </button>
      </div>
      <div style={{ overflow: 'auto', maxHeight: '320px', border: '1px solid #e5e7eb' }}>
        <img
          src={src}
          alt={alt}
          onClick={() => setI((v) => (v + 1) % levels.length)}
          style={{ width: `${zoom * 100}%`, display: 'block', cursor: 'zoom-in' }}
        />
      </div>
    </div>
  );
}
