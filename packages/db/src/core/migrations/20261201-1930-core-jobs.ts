import { type Kysely, sql } from 'kysely';

/** Adds the job queue: background work (email, reminders, big imports) that any server process may run. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('job')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('queue', 'text', (col) => col.notNull())
    .addColumn('payload', 'jsonb', (col) => col.notNull())
    .addColumn('run_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (col) => col.notNull().defaultTo(5))
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'timestamptz')
    .addColumn('last_error', 'text')
    // A job with a key is enqueued once while it is waiting (e.g. one reminder per ballot and day).
    .addColumn('dedupe_key', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addColumn('outcome', 'text', (col) => col.check(sql`outcome in ('done', 'failed')`))
    .execute();
  await sql`create index job_due on job (run_at, id) where finished_at is null`.execute(db);
  await sql`create unique index job_dedupe on job (dedupe_key) where finished_at is null and dedupe_key is not null`.execute(
    db,
  );
}

/** Drops the job queue. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('job').execute();
}
