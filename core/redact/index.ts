// Public surface of core/redact: scrubbing secrets from text, URLs, request logs, page context
// and drafts (in the widget before sending, and again on the hub), plus the test corpus.
export { redactText } from './redactText';
export { redactUrl } from './redactUrl';
export { redactQuery, redactUrlParts } from './redactUrlParts';
export { redactSecrets } from './redactSecrets';
export { redactFailedRequest } from './redactFailedRequest';
export { redactPageContext } from './redactPageContext';
export { redactDraft } from './redactDraft';
export { redactJsonValue } from './redactJsonValue';
export { redactPaymentNumbers } from './redactPaymentNumbers';
export { redactionOptionsFrom } from './redactionOptions';
export type { RedactionOptions } from './redactionOptions';
export { redactionMarker, isRedacted } from './redactionMarker';
export type { RedactionKind } from './redactionMarker';
export { secretNameKind, sessionCookieName } from './secretNames';
export { luhnValid } from './luhnValid';
export { ibanValid } from './ibanValid';
