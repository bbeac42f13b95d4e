// The public surface of client/: browser plumbing the widget and the extension share.
export { createHubClient } from './api/hubClient';
export type {
  HubClient,
  HubClientOptions,
  TriagePreviewInput,
  UploadOptions,
} from './api/hubClient';
export { isRetryable, parseRetryAfter } from './api/hubFailure';
export type { HubFailure, HubResult } from './api/hubFailure';
export * from './api/schemas';
export { startContextCapture, captureLimits } from './context/startContextCapture';
export type {
  CapturedRecords,
  ContextCapture,
  ContextCaptureOptions,
} from './context/startContextCapture';
export { snapshotContext } from './context/snapshotContext';
export { OutboxDb } from './outbox/outboxDb';
export type { OutboxEntry, ReporterReceipt, StoredImage } from './outbox/outboxDb';
export { createOutbox } from './outbox/createOutbox';
export type { FlushReport, Outbox, OutboxOptions } from './outbox/createOutbox';
export { runOutbox } from './outbox/runOutbox';
export { retryDelay } from './outbox/retryDelay';
export { withTabLock } from './outbox/withTabLock';
export {
  blankMaskedElements,
  defaultMaskSelectors,
  isWidgetElement,
  maskBoxes,
  maskSelector,
  widgetMarker,
} from './screenshot/maskTargets';
export type { MaskBox } from './screenshot/maskTargets';
