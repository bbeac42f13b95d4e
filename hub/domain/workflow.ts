// Adapter to core/workflow: actions and ticket creation. The hub calls the workflow only through
// here, so the routes do not change when core's surface moves.
export {
  ticketActionSchema,
  applyAction,
  createTicket,
  allowedActions,
  type TicketAction,
  type WorkflowResult,
} from '@tierdesk/core';
