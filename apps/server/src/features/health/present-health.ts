import type { z } from '@hono/zod-openapi';
import type { HealthResult } from './get-health';
import type { HealthSchema } from './health.schema';

/** Shapes a health result for the API. */
export function presentHealth(result: HealthResult): z.infer<typeof HealthSchema> {
  return {
    status: result.databaseOk ? 'ok' : 'unavailable',
    version: result.version,
    uptimeSeconds: result.uptimeSeconds,
    database: {
      engine: result.engine,
      ok: result.databaseOk,
      latencyMs: result.latencyMs,
      migrations: result.migrations,
      ...(result.error ? { error: result.error } : {}),
    },
  };
}
