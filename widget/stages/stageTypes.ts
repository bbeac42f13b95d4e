// The contract between the loader and the stages it loads later (separate IIFE files that
// register themselves on the window): what each stage offers, and what the loader hands it.
import type { HubClient, HubClientOptions } from '@tierdesk/client/api/hubClient';
import type { ContextCapture } from '@tierdesk/client/context/startContextCapture';
import type { Reporter } from '@tierdesk/core/model/draft';
import type { Impact, Urgency } from '@tierdesk/core/model/enums';
import type { WidgetConfig } from '../loader/readConfig';
import type { WidgetOutbox } from '../outbox/widgetOutbox';

export type WidgetEvent = 'submitted' | 'opened' | 'closed';

export interface Prefill {
  summary?: string;
  description?: string;
  impact?: Impact;
  urgency?: Urgency;
}

export interface SubmittedEvent {
  id: string;
  /** The hub's number, or null while the ticket waits in the outbox. */
  number: string | null;
  queued: boolean;
}

/** What the loader gives every stage. */
export interface WidgetWorld {
  win: Window & typeof globalThis;
  config: WidgetConfig;
  /** The page's fetch as it was before capture wrapped it. */
  fetch: typeof fetch;
  capture: ContextCapture;
  reporter: () => Reporter;
  emit: (event: WidgetEvent, payload?: unknown) => void;
  loadStage: <K extends keyof StageRegistry>(name: K) => Promise<NonNullable<StageRegistry[K]>>;
  now: () => number;
}

export interface DialogHandle {
  open(prefill?: Prefill): void;
  close(): void;
  destroy(): void;
}

export interface DialogStage {
  mountDialog(root: ShadowRoot, world: WidgetWorld, onClosed: () => void): DialogHandle;
}

export interface OutboxStage {
  openWidgetOutbox(world: WidgetWorld): WidgetOutbox;
}

export interface ScreenshotStage {
  captureScreenshot(
    win: Window & typeof globalThis,
    options: { maskSelectors: readonly string[] },
  ): Promise<HTMLCanvasElement>;
}

export interface ServicesStage {
  createHubClient: (options: HubClientOptions) => HubClient;
  redactText: (text: string) => string;
}

export interface StageRegistry {
  services?: ServicesStage;
  dialog?: DialogStage;
  outbox?: OutboxStage;
  screenshot?: ScreenshotStage;
}
