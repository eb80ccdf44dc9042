import { type Kysely, type MigrationResult, Migrator } from 'kysely';
import { migrations } from './migrations';

/** What a migration run did. */
export interface MigrationReport {
  applied: string[];
  total: number;
}

/** Names of migrations already applied and still pending. */
export async function migrationStatus<DB>(db: Kysely<DB>): Promise<{ applied: string[]; pending: string[] }> {
  const all = await migrator(db).getMigrations();
  return {
    applied: all.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}

/** Applies pending migrations in order, one transaction each, reporting each as it completes. */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  onMigrated?: (name: string, index: number, pending: number) => void,
): Promise<MigrationReport> {
  const m = migrator(db);
  const { pending } = await migrationStatus(db);
  const applied: string[] = [];
  for (let i = 0; i < pending.length; i++) {
    const { error, results } = await m.migrateUp();
    const done = (results ?? [])
      .filter((r: MigrationResult) => r.status === 'Success')
      .map((r) => r.migrationName);
    if (error) {
      const failed = (results ?? []).find((r) => r.status === 'Error')?.migrationName ?? pending[i];
      throw new MigrationError(failed ?? 'unknown', error);
    }
    for (const name of done) {
      applied.push(name);
      onMigrated?.(name, applied.length, pending.length);
    }
  }
  return { applied, total: Object.keys(migrations).length };
}

/** A migration failed; nothing from that migration was kept. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(`Migration ${migration} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

function migrator<DB>(db: Kysely<DB>): Migrator {
  // The migrator works on an untyped view; migrations describe their own tables.
  return new Migrator({
    db: db as unknown as Kysely<unknown>,
    provider: { getMigrations: async () => migrations },
  });
}
