// The actions an agent sends to `POST /v1/tickets/:id/actions`: core's `TicketAction`, checked
// here before they leave so a missing reason or an empty escalation note never costs a round trip.
export {
  ticketActionSchema as agentActionSchema,
  type TicketAction as AgentAction,
  type TicketActionType as AgentActionType,
} from '@tierdesk/core/workflow/ticketAction';
