import { migrateToLatest, migrationStatus, openDatabase } from '@caucus/db';
import { loadConfig } from '@caucus/server';
import { emit, type OutputOptions } from '../output';
import { createProgress } from '../progress';

/** Applies pending migrations to the configured database. */
export async function dbMigrateCommand(options: OutputOptions): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const progress = createProgress('Migrating', options);
    const report = await migrateToLatest(database.db, (name, index, pending) =>
      progress.update(index, pending, name),
    );
    progress.stop();
    emit({ engine: database.engine, target: database.target, ...report }, options, (r) =>
      r.applied.length === 0
        ? `Database ${r.target} is up to date (${r.total} migrations).`
        : `Applied ${r.applied.length} migration(s) to ${r.target}: ${r.applied.join(', ')}. Up to date (${r.total} migrations).`,
    );
  } finally {
    await database.close();
  }
}

/** Lists applied and pending migrations of the configured database. */
export async function dbStatusCommand(options: OutputOptions): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const status = await migrationStatus(database.db);
    emit({ engine: database.engine, target: database.target, ...status }, options, (s) =>
      [
        `Database: ${s.target} (${s.engine})`,
        ...s.applied.map((name) => `  applied  ${name}`),
        ...s.pending.map((name) => `  pending  ${name}`),
        s.pending.length ? 'Run `caucus db migrate` to apply pending migrations.' : 'Up to date.',
      ].join('\n'),
    );
  } finally {
    await database.close();
  }
}
