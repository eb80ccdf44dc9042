import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../http/env';
import { authorize } from '../../policies/decision';
import { canViewHealth } from '../../policies/system-policy';
import { getHealth } from './get-health';
import { getHealthRoute } from './health.schema';
import { presentHealth } from './present-health';

/** Registers the health endpoint. */
export function registerHealthRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(getHealthRoute, async (c) => {
    authorize(c.get('actor'), canViewHealth(c.get('actor')));
    const result = await getHealth(deps);
    const body = presentHealth(result);
    return result.databaseOk ? c.json(body, 200) : c.json(body, 503);
  });
}
