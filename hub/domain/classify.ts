// Adapter to core/classify: classification, known-issue matching, incident grouping. The hub
// calls them only through here, so the routes do not change when core's surface moves.
export {
  classifyTicket,
  matchKnownIssues,
  errorSignature,
  assignIncident,
  type KnownIssueMatch,
  type IncidentGroup,
  type IncidentCandidate,
} from '@tierdesk/core';
