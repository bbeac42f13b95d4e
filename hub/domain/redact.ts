// Adapter to core/redact: the hub redacts every draft again on intake. Until core/redact lands,
// fallback/redactFallback.ts stands in; wiring the real one is a one-line change.
export { redactDraft } from './fallback/redactFallback';
