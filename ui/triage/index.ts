// Agent-side Preact pieces for triage (ui/triage): presentational, props in, no I/O.
export * from './ClassificationView';
export * from './ContextViewer';
export * from './describeEvent';
export * from './EventTimeline';
export * from './QueueRow';
export * from './SlaBadge';
export * from './slaLevel';
export * from './ZoomableImage';
