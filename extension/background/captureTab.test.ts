import { describe, expect, it } from 'vitest';
import { captureTab, type CaptureWorld } from './captureTab';
import { readPageContext } from '../capture/readPageContext';
import { readMaskBoxes } from '../capture/readMaskBoxes';

const identity = { url: (s: string) => s, text: (s: string) => s };

function world(over: Partial<CaptureWorld> = {}): CaptureWorld {
  return {
    activeTab: async () => ({ id: 3, windowId: 1, url: 'https://app.example/x', title: 'X' }),
    executeInTab: async (_id, fn) => fn(),
    captureVisible: async () => 'data:image/png;base64,AAAA',
    mask: async (url, m) => `${url}#masked:${m.boxes.length}`,
    redact: identity,
    now: () => Date.parse('2026-11-02T09:00:00.000Z'),
    ...over,
  };
}

describe('captureTab', () => {
  it('reads the page and takes a screenshot', async () => {
    const r = await captureTab(world(), true);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.screenshot).toBe('data:image/png;base64,AAAA');
    expect(r.context.url).toBe(location.href);
    expect(r.notes).toEqual([]);
  });

  it('falls back to the tab URL and title when the page cannot be scripted', async () => {
    const r = await captureTab(
      world({
        executeInTab: async () => {
          throw new Error('Cannot access a chrome:// URL');
        },
        captureVisible: async () => {
          throw new Error('quota');
        },
      }),
      true,
    );
    expect(r.ok && r.context.url).toBe('https://app.example/x');
    expect(r.ok && r.screenshot).toBe(null);
    expect(r.ok && r.notes.join(' ')).toMatch(/cannot be read.*no screenshot/);
  });

  it('passes the self-contained page reader to the tab', async () => {
    let passed: unknown;
    await captureTab(world({ executeInTab: async (_id, fn) => ((passed = fn), fn()) }), false);
    expect(passed).toBe(readPageContext);
  });

  const boxes = {
    viewport: { width: 800, height: 600 },
    boxes: [{ x: 1, y: 2, width: 3, height: 4 }],
  };

  it('blacks out the boxes the page reports before the screenshot is kept', async () => {
    const r = await captureTab(
      world({
        executeInTab: async (_id, fn) => (fn === readMaskBoxes ? boxes : fn()),
      }),
      true,
    );
    expect(r.ok && r.screenshot).toBe('data:image/png;base64,AAAA#masked:1');
  });

  it('keeps no screenshot when masking fails or the page answers no usable boxes', async () => {
    const failing = await captureTab(
      world({
        executeInTab: async (_id, fn) => (fn === readMaskBoxes ? boxes : fn()),
        mask: async () => {
          throw new Error('no canvas');
        },
      }),
      true,
    );
    expect(failing.ok && failing.screenshot).toBe(null);
    expect(failing.ok && failing.notes.join(' ')).toMatch(/no screenshot: Error: no canvas/);
    const tampered = await captureTab(
      world({ executeInTab: async (_id, fn) => (fn === readMaskBoxes ? { boxes: 'x' } : fn()) }),
      true,
    );
    expect(tampered.ok && tampered.screenshot).toBe(null);
  });
});
