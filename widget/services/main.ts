// Entry of tierdesk-services.js: the hub client (with its zod/mini answer schemas) and text
// redaction, loaded alongside the dialog as it opens. Kept out of the dialog file so that what
// it takes to show the dialog stays within its 30 KB budget; previews wait for this file.
import { createHubClient } from '@tierdesk/client/api/hubClient';
import { redactText } from '@tierdesk/core/redact/redactText';
import { registerStage } from '../stages/registry';

registerStage(window, 'services', { createHubClient, redactText });
