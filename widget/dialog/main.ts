// Entry of tierdesk-dialog.js: everything a working open dialog needs (Preact, the form, the
// live preview with its hub calls, redaction of what they send), loaded the first time it opens.
import { registerStage } from '../stages/registry';
import { sharedRuntime } from '../stages/sharedRuntime';
import { mountDialog } from './mountDialog';

registerStage(window, 'dialog', { mountDialog, runtime: sharedRuntime });
