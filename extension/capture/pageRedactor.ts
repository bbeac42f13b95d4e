// Redaction of what the Report tab captured, before it is stored or sent: core's corpus-tested
// redaction (secrets in URLs, text and request logs), imported by module so the classifier never
// enters the extension's bundle.
import { redactText } from '@tierdesk/core/redact/redactText';
import { redactUrl } from '@tierdesk/core/redact/redactUrl';
import type { Redactor } from './buildPageContext';

export const pageRedactor: Redactor = {
  url: (url) => redactUrl(url),
  text: (text) => redactText(text),
};
