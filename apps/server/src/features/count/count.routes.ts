import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { canCountBallots } from '../../policies/count-policy';
import { authorize } from '../../policies/decision';
import { countRoute } from './count.schema';
import { countBallots } from './count-ballots';

/** Registers the counting endpoint. */
export function registerCountRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(countRoute, (c) => {
    authorize(c.get('actor'), canCountBallots(c.get('actor')));
    return c.json(countBallots(c.req.valid('json')), 200);
  });
}
