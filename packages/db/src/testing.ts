import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest } from './migrate';
import { type CaucusDatabase, type DatabaseEngine, openDatabase } from './open-database';

/** Both engines every database test runs on. */
export const TEST_ENGINES: readonly DatabaseEngine[] = ['pglite', 'postgres'];

/** Server used for PostgreSQL tests; override with CAUCUS_TEST_POSTGRES_URL. */
export const TEST_POSTGRES_ADMIN_URL =
  process.env.CAUCUS_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Options for a throwaway test database. */
export interface TestDatabaseOptions {
  /** Apply all migrations before handing it over (default true). */
  migrate?: boolean;
}

/**
 * Opens a throwaway database on the given engine: PGlite in memory, or a freshly created
 * PostgreSQL database that is dropped again on close.
 */
export async function openTestDatabase(
  engine: DatabaseEngine,
  options: TestDatabaseOptions = {},
): Promise<CaucusDatabase> {
  let opened: CaucusDatabase;
  if (engine === 'pglite') {
    opened = await openDatabase({});
  } else {
    const name = `caucus_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new URL(TEST_POSTGRES_ADMIN_URL);
    await adminQuery(`create database ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    const inner = await openDatabase({ url: url.toString() });
    opened = {
      ...inner,
      close: async () => {
        await inner.close();
        await adminQuery(`drop database if exists ${name} with (force)`);
      },
    };
  }
  if (options.migrate !== false) await migrateToLatest(opened.db);
  return opened;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  try {
    await client.connect();
  } catch (cause) {
    throw new Error(
      `Database tests need the PostgreSQL server at ${TEST_POSTGRES_ADMIN_URL} (set CAUCUS_TEST_POSTGRES_URL to use another). ` +
        'Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
      { cause },
    );
  }
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
