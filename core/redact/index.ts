// Public surface of core/redact (filled in by its issue).
export {};
