// Public surface of core/sla: calendars, working-time arithmetic and the SLA evaluator.
export * from './slaErrors';
export * from './calendar/calendarSchema';
export * from './calendar/workingCalendar';
export * from './calendar/zoneOffset';
export * from './time/spans';
export * from './time/addWorkingTime';
export * from './time/workingTime';
export * from './time/nextWorkingInstant';
export * from './time/businessDaysDue';
