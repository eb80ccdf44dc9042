import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server e2e tests use; override with CAUCUS_TEST_POSTGRES_URL. */
const ADMIN_URL = process.env.CAUCUS_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A throwaway PostgreSQL database for one test file: its URL, and how to drop it again. */
export interface ThrowawayDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty database on the test server (several `caucus serve` processes can share it). */
export async function createThrowawayDatabase(): Promise<ThrowawayDatabase> {
  const name = `caucus_e2e_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}
