// Runs INSIDE the reported page (scripting.executeScript, MAIN world), so it must be
// self-contained: the viewport boxes of what a screenshot must never show (password fields,
// `[data-tierdesk-mask]`, the same defaults as the widget), for the background to black out.

export interface RawMaskBoxes {
  viewport: { width: number; height: number };
  boxes: { x: number; y: number; width: number; height: number }[];
}

export function readMaskBoxes(): RawMaskBoxes {
  const boxes: RawMaskBoxes['boxes'] = [];
  const seen = new Set<Element>();
  const visit = (root: Document | ShadowRoot) => {
    for (const el of Array.from(
      root.querySelectorAll('input[type="password" i], [data-tierdesk-mask]'),
    )) {
      if (seen.has(el)) continue;
      seen.add(el);
      const r = el.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0) continue;
      if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue;
      boxes.push({ x: r.left, y: r.top, width: r.width, height: r.height });
    }
    // Open shadow roots hide their fields from the document's querySelectorAll.
    for (const host of Array.from(root.querySelectorAll('*')))
      if (host.shadowRoot) visit(host.shadowRoot);
  };
  visit(document);
  return { viewport: { width: innerWidth, height: innerHeight }, boxes: boxes.slice(0, 500) };
}
