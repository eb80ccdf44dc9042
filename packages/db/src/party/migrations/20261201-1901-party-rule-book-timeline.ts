import { type Kysely, sql } from 'kysely';

/**
 * Stores the party's rule-book timeline (which edition applies from which date), seeded with Labour's 2018 and
 * 2021 editions; names a roll's rule book as an edition; gives members a version for optimistic concurrency.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rule_book_timeline')
    .addColumn('edition_id', 'text', (col) => col.primaryKey())
    .addColumn('effective_from', 'date', (col) => col.notNull().unique())
    .addColumn('adopted_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`insert into rule_book_timeline (edition_id, effective_from)
            values ('labour-2018', '2018-09-26'), ('labour-2021', '2021-09-29')`.execute(db);
  await db.schema.alterTable('roll').renameColumn('preset_id', 'edition_id').execute();
  await db.schema
    .alterTable('member')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
}

/** Undoes the timeline, the rename and the version column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('member').dropColumn('version').execute();
  await db.schema.alterTable('roll').renameColumn('edition_id', 'preset_id').execute();
  await db.schema.dropTable('rule_book_timeline').execute();
}
