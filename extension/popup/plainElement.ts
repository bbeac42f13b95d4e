// A tiny element builder for the popup's first screen painted before Preact has loaded
// (popup/firstScreenView): attributes and style keys applied in the order given, as Preact applies
// a component's props, so the tree is the one Preact would build and can take over node for node.
// Text only ever goes in as text nodes: what it shows is user-supplied.

export type PlainChild = Node | string | number;

export interface PlainProps {
  /** Attributes, set in order (booleans as "true"/"false", like Preact's aria-* props). */
  [attribute: string]: string | number | boolean | Record<string, string> | undefined;
}

/** `style` is a record of CSSStyleDeclaration keys (camelCase), applied one by one in order. */
export function plainElement(
  doc: Document,
  tag: string,
  props: PlainProps,
  ...children: PlainChild[]
): HTMLElement {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (name === 'style' && typeof value === 'object') {
      const style = el.style as unknown as Record<string, string>;
      for (const [key, v] of Object.entries(value)) style[key] = v;
    } else el.setAttribute(name, String(value));
  }
  for (const c of children) el.append(typeof c === 'object' ? c : doc.createTextNode(String(c)));
  return el;
}
