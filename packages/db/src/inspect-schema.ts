import { type Kysely, sql } from 'kysely';

/** A comparable description of the public schema: tables, columns, constraints and indexes. */
export interface SchemaDescription {
  columns: string[];
  constraints: string[];
  indexes: string[];
}

/** Describes the public schema in a stable, engine-neutral text form. */
export async function describeSchema<DB>(db: Kysely<DB>): Promise<SchemaDescription> {
  const columns = await sql<{ line: string }>`
    select table_name || '.' || column_name || ' ' || data_type
      || case when is_nullable = 'NO' then ' not null' else '' end
      || coalesce(' default ' || column_default, '') as line
    from information_schema.columns
    where table_schema = 'public'
    order by table_name, column_name`.execute(db);
  const constraints = await sql<{ line: string }>`
    select rel.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid) as line
    from pg_constraint con
    join pg_class rel on rel.oid = con.conrelid
    join pg_namespace ns on ns.oid = rel.relnamespace
    where ns.nspname = 'public'
      -- PostgreSQL 18 (PGlite) also lists NOT NULL as constraints; columns already carry it.
      and con.contype <> 'n'
    order by 1`.execute(db);
  const indexes = await sql<{ line: string }>`
    select indexdef as line from pg_indexes where schemaname = 'public' order by indexname`.execute(db);
  return {
    columns: columns.rows.map((r) => r.line),
    constraints: constraints.rows.map((r) => r.line),
    indexes: indexes.rows.map((r) => r.line),
  };
}
