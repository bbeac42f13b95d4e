// Public surface of core/classify (filled in by its issue).
export {};
