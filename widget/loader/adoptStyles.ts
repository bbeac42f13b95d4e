// Puts styles into the widget's shadow root in a way a strict CSP allows: a constructable
// stylesheet (not subject to style-src), or a <style> carrying the page's nonce where those
// are unsupported.

export function adoptStyles(root: ShadowRoot, css: string, nonce?: string): void {
  const win = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (win && 'adoptedStyleSheets' in root && 'replaceSync' in win.CSSStyleSheet.prototype) {
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch {
      // Fall through to a <style> element.
    }
  }
  const style = root.ownerDocument.createElement('style');
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = css;
  root.appendChild(style);
}
