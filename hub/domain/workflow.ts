// Adapter to core/workflow: actions, ticket creation. Until core/workflow lands, the hub's
// fallback (fallback/workflowFallback.ts) stands in; wiring the real one is a one-line change.
export {
  ticketActionSchema,
  applyAction,
  createTicket,
  type TicketAction,
  type WorkflowResult,
} from './fallback/workflowFallback';
