// Adapter to core/sla: the hub calls the SLA engine only through here, so the routes and the
// clock do not change when core's surface moves.
export {
  slaConfigSchema,
  defaultSlaConfig,
  evaluateTicketSla,
  previewSlaDue,
  nextSlaWakeUp,
  slaAlerts,
  crossedThresholds,
  type SlaAlert,
  type SlaConfig,
  type TicketSlaState,
} from '@tierdesk/core';
