// Adapter to core/classify: classification, known-issue matching, incident grouping. Until
// core/classify lands, fallback/classifyFallback.ts stands in; wiring it is a one-line change.
export {
  classifyTicket,
  matchKnownIssues,
  errorSignature,
  assignIncident,
  type ClassifyInput,
  type KnownIssueMatch,
  type IncidentGroup,
  type IncidentCandidate,
} from './fallback/classifyFallback';
