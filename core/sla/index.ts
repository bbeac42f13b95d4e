// Public surface of core/sla (filled in by its issue).
export {};
