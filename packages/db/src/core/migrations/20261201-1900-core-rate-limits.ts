import { type Kysely, sql } from 'kysely';

/** Adds the shared rate-limit table: every server process on one database counts attempts in the same place. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limit')
    .addColumn('key', 'text', (col) => col.primaryKey())
    // Times of the attempts inside the current window, in epoch milliseconds, oldest first.
    .addColumn('hits', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('rate_limit_updated_at').on('rate_limit').column('updated_at').execute();
}

/** Drops the rate-limit table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rate_limit').execute();
}
