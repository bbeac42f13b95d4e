// Public surface of core/workflow (filled in by its issue).
export {};
