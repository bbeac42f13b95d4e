// Public surface of core/workflow: actions, the workflow function, the reducer and its replay.
export { ticketActionSchema, ticketActionTypes } from './ticketAction';
export type { TicketAction, TicketActionType } from './ticketAction';
export { workflowError } from './workflowError';
export type { WorkflowError, WorkflowErrorCode, WorkflowResult } from './workflowError';
export { applyAction } from './applyAction';
export { applyEvent } from './applyEvent';
export { replayTicket } from './replayTicket';
export { createTicket } from './createTicket';
export type { CreateTicketInput } from './createTicket';
export { allowedActions } from './allowedActions';
export { actionRefusal, actionStatuses, agentReaches, runbookOf } from './actionRefusal';
export { escalationNotesProblem } from './escalationNotesProblem';
