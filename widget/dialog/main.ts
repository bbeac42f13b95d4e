// Entry of tierdesk-dialog.js: the Preact dialog, loaded the first time the user opens it.
import { registerStage } from '../stages/registry';
import { mountDialog } from './mountDialog';

registerStage(window, 'dialog', { mountDialog });
