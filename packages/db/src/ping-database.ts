import { type Kysely, sql } from 'kysely';

/** Runs a trivial query and returns its round trip in milliseconds (two decimals). */
export async function pingDatabase<DB>(db: Kysely<DB>): Promise<number> {
  const started = performance.now();
  await sql`select 1`.execute(db);
  return Math.round((performance.now() - started) * 100) / 100;
}
