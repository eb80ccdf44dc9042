import type { ColumnType, Generated } from 'kysely';

/** A jsonb column: read as parsed JSON, written as JSON text (JSON.stringify) so arrays stay JSON. */
export type Json = ColumnType<unknown, string, string>;

/** A nullable jsonb column. */
export type NullableJson = ColumnType<unknown, string | null, string | null>;

/** A timestamp column the database fills in by default. */
export type CreatedAt = ColumnType<Date, Date | undefined, never>;

/** Key–value facts about this Caucus instance (data-load versions, seeding state). */
export interface AppMetaTable {
  key: string;
  value: Json;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

/** One officer action: who did what to which record, with the record before and after. Append-only. */
export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_user_id: string | null;
  action: string;
  unit_id: string | null;
  subject_type: string;
  subject_id: string | null;
  /** For entries about a member: their branch at the time, so each viewer's copy can be redacted. */
  subject_branch_id: ColumnType<string | null, string | null | undefined, never>;
  before: NullableJson;
  after: NullableJson;
}

/** Attempts per key inside a sliding window, shared by every server process (sign-in, counts). */
export interface RateLimitTable {
  key: string;
  hits: Json;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

/** A unit of background work in the shared queue. */
export interface JobTable {
  id: Generated<number>;
  queue: string;
  payload: Json;
  run_at: ColumnType<Date, Date | undefined, Date>;
  attempts: Generated<number>;
  max_attempts: ColumnType<number, number | undefined, number>;
  locked_by: string | null;
  locked_until: Date | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: CreatedAt;
  finished_at: Date | null;
  outcome: 'done' | 'failed' | null;
}

/** The instance-wide tables. */
export interface CoreTables {
  app_meta: AppMetaTable;
  audit_log: AuditLogTable;
  rate_limit: RateLimitTable;
  job: JobTable;
}
