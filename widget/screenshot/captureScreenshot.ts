// Captures the visible part of the page with html2canvas, without the widget's own UI, with
// password fields, `[data-tierdesk-mask]` and configured selectors blanked in the cloned DOM and,
// as a second guard, painted over in black on the result.
import html2canvas from 'html2canvas';
import {
  blankMaskedElements,
  isWidgetElement,
  maskBoxes,
  maskSelector,
} from '@tierdesk/client/screenshot/maskTargets';

export async function captureScreenshot(
  win: Window & typeof globalThis,
  options: { maskSelectors: readonly string[] },
): Promise<HTMLCanvasElement> {
  const doc = win.document;
  const { selector } = maskSelector(doc, options.maskSelectors);
  const canvas = await html2canvas(doc.documentElement, {
    x: win.scrollX,
    y: win.scrollY,
    width: win.innerWidth,
    height: win.innerHeight,
    windowWidth: win.innerWidth,
    windowHeight: win.innerHeight,
    scale: 1,
    logging: false,
    useCORS: true,
    ignoreElements: (el) => isWidgetElement(el),
    onclone: (clone) => {
      blankMaskedElements(clone, selector);
    },
  });
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.fillStyle = '#000';
    for (const box of maskBoxes(doc, selector)) {
      ctx.fillRect(box.x - win.scrollX, box.y - win.scrollY, box.width, box.height);
    }
  }
  // A tainted canvas (cross-origin images) cannot be exported: fail now, not at submit.
  ctx?.getImageData(0, 0, 1, 1);
  return canvas;
}
