import type { ColumnType } from 'kysely';

/** Key–value facts about this Caucus instance (data-load versions, seeding state). */
export interface AppMetaTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

/** The Kysely view of every table; later features add theirs here. */
export interface Database {
  app_meta: AppMetaTable;
}
