// Adapter to core/redact: the hub redacts every draft again on intake.
export { redactDraft } from '@tierdesk/core';
