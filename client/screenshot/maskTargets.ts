// What a screenshot must never show: password fields, anything marked `data-tierdesk-mask`, the
// app's configured selectors (public config), and the widget's own UI.

/** Attribute the widget puts on its own host elements, so capture leaves them out. */
export const widgetMarker = 'data-tierdesk-widget';

export const defaultMaskSelectors = ['input[type="password" i]', '[data-tierdesk-mask]'] as const;

/**
 * One selector list of the defaults and the app's extra selectors; a malformed extra selector is
 * dropped (and named in `rejected`) rather than breaking the screenshot.
 */
export function maskSelector(
  doc: Pick<Document, 'querySelector'>,
  extra: readonly string[] = [],
): { selector: string; rejected: string[] } {
  const rejected: string[] = [];
  const valid = extra.filter((s) => {
    try {
      doc.querySelector(s);
      return true;
    } catch {
      rejected.push(s);
      return false;
    }
  });
  return { selector: [...defaultMaskSelectors, ...valid].join(', '), rejected };
}

export interface MaskBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Boxes (in page coordinates, CSS pixels) to black out over a capture of the document. */
export function maskBoxes(doc: Document, selector: string): MaskBox[] {
  const win = doc.defaultView;
  const scrollX = win?.scrollX ?? 0;
  const scrollY = win?.scrollY ?? 0;
  const boxes: MaskBox[] = [];
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) continue;
    boxes.push({ x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height });
  }
  return boxes;
}

/** Whether capture should skip this element: the widget's own UI. */
export function isWidgetElement(el: Element): boolean {
  return el.hasAttribute?.(widgetMarker) === true;
}

/**
 * Blanks masked elements in a cloned document before it is rendered: values, text and images go,
 * the layout stays, so a reviewer still sees where the field was.
 */
export function blankMaskedElements(clone: Document, selector: string): number {
  const found = Array.from(clone.querySelectorAll<HTMLElement>(selector));
  for (const el of found) {
    if ('value' in el) (el as HTMLInputElement).value = '';
    el.setAttribute('value', '');
    if (!(el instanceof clone.defaultView!.HTMLInputElement)) el.textContent = '';
    el.style.setProperty('background', '#000', 'important');
    el.style.setProperty('color', '#000', 'important');
  }
  return found.length;
}
