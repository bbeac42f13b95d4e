// The contract between the loader and the stages it loads later (separate IIFE files that
// register themselves on the window): what each stage offers, and what the loader hands it.
import type { StoredImage } from '@tierdesk/client/outbox/outboxDb';
import type { ContextCapture } from '@tierdesk/client/context/startContextCapture';
import type { snapshotContext } from '@tierdesk/client/context/snapshotContext';
import type { Reporter } from '@tierdesk/core/model/draft';
import type { Impact, Urgency } from '@tierdesk/core/model/enums';
import type { AnnotationBox } from '@tierdesk/ui/annotations';
import type { AnnotationEditor } from '@tierdesk/ui/AnnotationEditor';
import type { Confirmation } from '@tierdesk/ui/Confirmation';
import type { MyTickets } from '@tierdesk/ui/MyTickets';
import type { ReviewList } from '@tierdesk/ui/ReviewList';
import type { Shot } from '../dialog/createDialogModel';
import type { reviewItems } from '../steps/reviewItems';
import type { WidgetConfig } from '../loader/readConfig';
import type { WidgetOutbox } from '../outbox/widgetOutbox';
import type { SharedRuntime } from './sharedRuntime';

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
  /** Preact, for the stage files that render inside the dialog. */
  runtime: SharedRuntime;
}

/** The dialog's later steps, loaded once the form is showing: what the form itself never needs. */
export interface StepsStage {
  /** Their styles, adopted into the dialog's shadow root when the file arrives. */
  css: string;
  ReviewList: typeof ReviewList;
  Confirmation: typeof Confirmation;
  MyTickets: typeof MyTickets;
  AnnotationEditor: typeof AnnotationEditor;
  reviewItems: typeof reviewItems;
  /** The page's context as the review shows it (taken when the user moves on from the form). */
  snapshotContext: typeof snapshotContext;
  /** Burns the boxes into the screenshot and encodes it for the outbox. */
  encodeShot(doc: Document, shot: Shot, boxes: AnnotationBox[]): Promise<StoredImage>;
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

export interface StageRegistry {
  dialog?: DialogStage;
  steps?: StepsStage;
  outbox?: OutboxStage;
  screenshot?: ScreenshotStage;
}
