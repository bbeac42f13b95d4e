// What the popup needs once the queue is on screen, in one lazily loaded chunk: the extension's
// database (Dexie), the hub clients and the live stream. The first paint never waits for these.
import {
  createAgentHubClient,
  streamQueue,
  type AgentHubClient,
  type StreamQueueOptions,
} from '@tierdesk/client/agent';
import type { HubClient } from '@tierdesk/client/api/hubClient';
import { reporterHubClient } from '../background/reporterHubClient';
import { ExtensionDb } from '../db/extensionDb';
import type { FirstScreenArea } from '../db/firstScreen';
import { idleOf } from '../db/parseCachedRows';
import { createQueueStore } from '../db/queueStore';
import type { Settings } from '../settings/settingsSchema';
import type { QueueStore } from '../triage/queueModel';

export interface PopupServices {
  db: ExtensionDb;
  queueStore: QueueStore;
  /** Agent mode with a token only. */
  agentHub: AgentHubClient | null;
  reporterHub: HubClient;
  /** The hub's queue stream with this agent's token (agent mode with a token only). */
  streamQueue: ((o: Omit<StreamQueueOptions, 'hubUrl' | 'token'>) => Promise<void>) | null;
}

/** From the settings as parsed by zod (verifyPopupStart), never from the first paint's peek. */
export function createPopupServices(
  settings: Settings,
  w: { fetch: typeof fetch; storage: FirstScreenArea; win: Parameters<typeof idleOf>[0] },
): PopupServices {
  const db = new ExtensionDb();
  const token = settings.mode === 'agent' ? settings.token : undefined;
  return {
    db,
    queueStore: createQueueStore(db, w.storage, {
      waitForIdle: idleOf(w.win),
      warn: (m) => console.warn(m),
    }),
    agentHub: token
      ? createAgentHubClient({ hubUrl: settings.hubUrl, token, fetch: w.fetch })
      : null,
    reporterHub: reporterHubClient(settings, w.fetch),
    streamQueue: token
      ? (o) => streamQueue({ ...o, hubUrl: settings.hubUrl, token, fetch: w.fetch })
      : null,
  };
}
