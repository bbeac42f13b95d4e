// One throwaway PostgreSQL cluster per test file (started before its tests, stopped after), and
// a fresh database for each caller.
import { afterAll, beforeAll } from 'vitest';
import { startPostgresServer, type PostgresServer } from './postgresServer';

export interface PostgresForTests {
  /** A new empty database's connection URL. */
  database(): Promise<string>;
}

export function postgresForTests(): PostgresForTests {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await startPostgresServer();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  return {
    database() {
      if (!server) throw new Error('the PostgreSQL test server is not running (beforeAll failed)');
      return server.createDatabase();
    },
  };
}
