// Public surface of the hub: start it, its configuration, its storage.
export { startHub, hubVersion, type StartHubOptions, type RunningHub } from './startHub';
export { hubConfigSchema, type HubConfig, type HubConfigInput } from './config/hubConfig';
export { loadHubConfig, parseHubConfig, ConfigError } from './config/loadHubConfig';
export { openSqliteStore } from './store/sqliteStore';
export { openHubStore, chooseStorage, type StorageChoice } from './store/openHubStore';
export type { HubStore, HubTx, HubReads } from './store/hubStore';
export { StoreConflictError } from './store/hubStore';
export { webhookSignature } from './sla/webhookSender';
