import { afterEach, describe, expect, it, vi } from 'vitest';
import { startWidget } from './startWidget';

type PageWindow = Parameters<typeof startWidget>[0];
const win = window as unknown as PageWindow;

function tag(attrs: Record<string, string>) {
  const el = document.createElement('script');
  el.src = 'https://hub.example/widget/tierdesk-widget.js';
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(`data-${k}`, v);
  return el;
}

afterEach(() => {
  (win.Tierdesk as { destroy?: () => void } | undefined)?.destroy?.();
  delete win.Tierdesk;
  vi.restoreAllMocks();
});

describe('startWidget', () => {
  it('shows the launcher in a shadow root and replays the stub queue', () => {
    const seen: unknown[] = [];
    win.Tierdesk = [
      ['on', 'opened', () => seen.push('opened')],
      ['identify', { id: 'u1' }],
    ];
    const api = startWidget(win, tag({ app: 'payroll', key: 'pk_payroll_123', locale: 'de' }));
    expect(api).not.toBeNull();
    expect(win.Tierdesk).toBe(api);
    const host = document.querySelector('tierdesk-widget')!;
    expect(host.hasAttribute('data-tierdesk-widget')).toBe(true);
    expect(host.shadowRoot!.querySelector('button')!.textContent).toBe('Problem melden');
  });

  it('restores the page’s console and fetch on destroy', () => {
    const consoleError = console.error;
    const fetch = window.fetch;
    const api = startWidget(win, tag({ app: 'payroll', key: 'pk_payroll_123' }))!;
    expect(console.error).not.toBe(consoleError);
    api.destroy();
    expect(console.error).toBe(consoleError);
    expect(window.fetch).toBe(fetch);
    expect(document.querySelector('tierdesk-widget')).toBeNull();
    expect(win.Tierdesk).toBeUndefined();
  });

  it('warns and stays out of the way when misconfigured', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(startWidget(win, tag({ app: 'payroll' }))).toBeNull();
    expect(String(warn.mock.calls[0]?.[0])).toContain('data-key');
    expect(document.querySelector('tierdesk-widget')).toBeNull();
  });

  it('keeps the page’s key presses from seeing typing in the widget', () => {
    startWidget(win, tag({ app: 'payroll', key: 'pk_payroll_123' }));
    const pageKeys: string[] = [];
    const listener = (e: KeyboardEvent) => pageKeys.push(e.key);
    document.addEventListener('keydown', listener);
    const button = document.querySelector('tierdesk-widget')!.shadowRoot!.querySelector('button')!;
    button.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, composed: true }));
    document.removeEventListener('keydown', listener);
    expect(pageKeys).toEqual([]);
  });
});
