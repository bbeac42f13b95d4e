// Entry of tierdesk-widget.js (the loader): boots the widget from its own <script> tag.
import { startWidget } from './startWidget';

try {
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    document.querySelector<HTMLScriptElement>('script[src*="tierdesk-widget"]');
  startWidget(window, script);
} catch (error) {
  // The widget must never take the host page down with it.
  console.warn('Tierdesk: the widget failed to start', error);
}
