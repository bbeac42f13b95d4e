// The agent side of the hub client: what the extension's triage uses (client/agent).
export * from './agentAction';
export * from './agentHubClient';
export * from './agentSchemas';
export * from './hubRequest';
export * from './readSse';
export * from './streamQueue';
