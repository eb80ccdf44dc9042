import { migrationStatus, pingDatabase } from '@caucus/db';
import type { AppDeps } from '../../http/env';

/** What the health check found. */
export interface HealthResult {
  version: string;
  uptimeSeconds: number;
  engine: 'pglite' | 'postgres';
  databaseOk: boolean;
  latencyMs: number | null;
  migrations: { applied: number; pending: number } | null;
  error?: string;
}

/** Checks the database with a trivial query and reads migration state. */
export async function getHealth(deps: AppDeps, now: Date = new Date()): Promise<HealthResult> {
  const base = {
    version: deps.config.version,
    uptimeSeconds: Math.floor((now.getTime() - deps.startedAt.getTime()) / 1000),
    engine: deps.database.engine,
  };
  try {
    const latencyMs = await pingDatabase(deps.database.db);
    const status = await migrationStatus(deps.database.db);
    return {
      ...base,
      databaseOk: true,
      latencyMs,
      migrations: { applied: status.applied.length, pending: status.pending.length },
    };
  } catch (error) {
    return {
      ...base,
      databaseOk: false,
      latencyMs: null,
      migrations: null,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
