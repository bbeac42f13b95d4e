// Adapter to core/sla: the hub calls SLA functions only through here, so wiring the real engine
// in is a one-line change. Until core/sla lands, a 24×7 fallback (fallback/slaFallback.ts) stands in.
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
  type SlaTimerState,
} from './fallback/slaFallback';
