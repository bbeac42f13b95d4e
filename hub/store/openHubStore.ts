// Chooses and opens the hub's storage: PostgreSQL when a database URL is given (the `--database`
// flag, TIERDESK_DATABASE_URL, or the config's `storage`), SQLite in the data folder otherwise.
import * as z from 'zod/mini';
import { databaseUrlSchema, type StorageConfig } from '../config/hubConfig';
import type { HubStore } from './hubStore';
import { openSqliteStore } from './sqliteStore';

export type StorageChoice =
  { kind: 'sqlite'; dataDir: string } | { kind: 'postgres'; url: string; maxConnections?: number };

/** The flag or environment's URL wins over the config's; none of them: SQLite in `dataDir`. */
export function chooseStorage(input: {
  database?: string | undefined;
  dataDir: string;
  config?: StorageConfig | undefined;
}): StorageChoice {
  const url = input.database ?? input.config?.database;
  if (url === undefined) return { kind: 'sqlite', dataDir: input.dataDir };
  const parsed = z.safeParse(databaseUrlSchema, url);
  if (!parsed.success) throw new Error(`database URL: ${parsed.error.issues[0]!.message}`);
  const max = input.config?.maxConnections;
  return {
    kind: 'postgres',
    url: parsed.data,
    ...(max !== undefined ? { maxConnections: max } : {}),
  };
}

/** Opens (and migrates) the chosen store; PostgreSQL's driver is loaded only when chosen. */
export async function openHubStore(choice: StorageChoice): Promise<HubStore> {
  if (choice.kind === 'sqlite') return openSqliteStore(choice.dataDir);
  const { createPostgresStore } = await import('./postgres/postgresStore');
  return createPostgresStore({
    url: choice.url,
    ...(choice.maxConnections !== undefined ? { maxConnections: choice.maxConnections } : {}),
  });
}

/** Where the data is, for logs and the console: a PostgreSQL URL without its password. */
export function describeStorage(choice: StorageChoice): string {
  if (choice.kind === 'sqlite') return choice.dataDir;
  try {
    const url = new URL(choice.url);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres (an unparsable URL)';
  }
}
