// Entry of tierdesk-outbox.js: Dexie and the sending logic, loaded on submit or to resume.
import { registerStage } from '../stages/registry';
import { openWidgetOutbox, type WidgetOutbox } from './widgetOutbox';
import type { WidgetWorld } from '../stages/stageTypes';

// One outbox per page: the dialog and the resume path share it (and its IndexedDB connection).
let shared: WidgetOutbox | undefined;
registerStage(window, 'outbox', {
  openWidgetOutbox: (world: WidgetWorld) => (shared ??= openWidgetOutbox(world)),
});
