// The store contract (hub/store/storeContract.ts) against PostgreSQL: a fresh database on a
// throwaway cluster for every test.
import { storeContract } from '../storeContract';
import { createPostgresStore } from './postgresStore';
import { postgresForTests } from './testing/postgresForTests';

const postgres = postgresForTests();

storeContract('postgres', async () => createPostgresStore({ url: await postgres.database() }));
