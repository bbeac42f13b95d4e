// Optional console-error capture (registered at runtime by the background, only when the user
// granted access to all sites): hooks console.error/warn in the page for the Report tab.
import { installConsoleRing } from '../capture/installConsoleRing';

export default defineContentScript({
  registration: 'runtime',
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installConsoleRing(window);
  },
});
