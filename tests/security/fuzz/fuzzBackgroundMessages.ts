// Fuzzes messages into the extension's background (handleMessage, its zod router): valid messages
// bent by bentJson.ts, from the extension's own pages and from pages, content scripts and other
// extensions. Every answer must be a value ({ ok } or { ok: false, error }), never a throw, and a
// refused message must reach nothing (no report stored, no capture, no refresh).
import fc from 'fast-check';
import { ulid } from 'ulidx';
import { draft } from '../../../hub/testing/testHub';
import { bendBody, bodyMutation } from './bentJson';
import { fuzzBoundary } from './fuzzBoundary';
import type { FuzzReport } from './fuzzHubApi';

// The extension is its own TypeScript project (tsc -p extension), outside this one's references:
// its router is loaded at run time and typed here by the shape the test relies on.
interface MessageWorld {
  extensionId: string;
  extensionOrigin: string;
  refresh: () => Promise<unknown>;
  capture: (screenshot: boolean, tabId?: number) => Promise<unknown>;
  settingsChanged: () => Promise<void>;
  reports: {
    enqueue: () => Promise<void>;
    kick: () => Promise<void>;
    status: () => Promise<unknown>;
  };
}
type HandleMessage = (raw: unknown, sender: object, w: MessageWorld) => Promise<unknown>;
const routerModule = new URL('../../../extension/background/handleMessage.ts', import.meta.url)
  .href;
const { handleMessage } = (await import(routerModule)) as { handleMessage: HandleMessage };

const extensionId = 'abcdefghijklmnopabcdefghijklmnop';
const origin = `chrome-extension://${extensionId}`;
const png =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const validMessages = (): unknown[] => [
  { type: 'refresh-queue' },
  { type: 'settings-changed' },
  { type: 'outbox-status' },
  { type: 'capture-tab', screenshot: true, tabId: 7 },
  {
    type: 'submit-report',
    draft: draft({ id: ulid(), source: 'extension' }),
    screenshot: { dataUrl: png, name: 'shot.png', annotations: 1 },
  },
];

const senders = [
  { name: 'own page', sender: { id: extensionId, url: `${origin}/popup.html` }, own: true },
  {
    name: 'content script',
    sender: { id: extensionId, url: 'https://evil.example/', tab: {} },
    own: false,
  },
  {
    name: 'other extension',
    sender: { id: 'x'.repeat(32), url: `chrome-extension://${'x'.repeat(32)}/p.html` },
    own: false,
  },
  {
    name: 'look-alike origin',
    sender: { id: extensionId, url: `https://${extensionId}.evil.example/` },
    own: false,
  },
  { name: 'no sender', sender: {}, own: false },
];

const message = fc.record({
  pick: fc.nat(),
  sender: fc.constantFrom(...senders),
  bend: bodyMutation,
});

export async function fuzzBackgroundMessages(runs: number, seed: number): Promise<FuzzReport> {
  let effects = 0;
  const world: MessageWorld = {
    extensionId,
    extensionOrigin: origin,
    refresh: async () => (effects++, { ok: true, count: 0, urgent: 0 }),
    capture: async () => (effects++, { ok: false, error: 'no tab' }),
    settingsChanged: async () => void effects++,
    reports: {
      enqueue: async () => void effects++,
      kick: async () => {},
      status: async () => (effects++, { ok: true, pending: 0, failed: 0 }),
    },
  };
  return fuzzBoundary(
    'extension background messages',
    message,
    async ({ pick, sender, bend }) => {
      const valid = validMessages()[pick % 5]!;
      const bent = bendBody(JSON.stringify(valid), bend).body;
      let raw: unknown;
      try {
        raw = typeof bent === 'string' ? JSON.parse(bent) : bent;
      } catch {
        raw = bent; // not JSON: sent as the string it is
      }
      effects = 0;
      const answer = (await handleMessage(raw, sender.sender, world)) as {
        ok?: unknown;
        error?: unknown;
      };
      if (typeof answer?.ok !== 'boolean') return `answer without ok: ${JSON.stringify(answer)}`;
      if (answer.ok === false) {
        if (typeof answer.error !== 'string' || !answer.error.trim())
          return 'refusal without a message';
        if (effects > 0 && !(sender.own && pick % 5 === 3))
          return `refused but reached ${effects} effect(s)`;
      }
      if (!sender.own && effects > 0)
        return `a ${sender.name} message reached the background's effects`;
      return null;
    },
    {
      runs,
      seed,
      describe: (v) => `${v.sender.name}: ${JSON.stringify(v.bend).slice(0, 200)}`,
    },
  );
}
