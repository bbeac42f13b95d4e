// The launcher: one plain-DOM button (no Preact, so the loader stays small) in the shadow root.
import type { WidgetConfig } from './readConfig';

export function createLauncher(
  root: ShadowRoot,
  position: WidgetConfig['position'],
  label: string,
  onClick: () => void,
): HTMLButtonElement | null {
  if (position === 'none') return null;
  const button = root.ownerDocument.createElement('button');
  button.type = 'button';
  button.className = `td-launcher td-${position}`;
  button.setAttribute('aria-haspopup', 'dialog');
  // Text, never HTML: the label is ours, but this habit is what keeps user text safe elsewhere.
  button.textContent = label;
  button.addEventListener('click', onClick);
  root.appendChild(button);
  return button;
}
