import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../http/env';
import { registerRoutes } from '../http/route';
import type { JobHandlers } from '../jobs/job-runner';
import { MAIL_QUEUE, sendQueuedEmail } from '../jobs/mail-jobs';
import { authRoutes } from './auth/auth.routes';
import { registerCountRoutes } from './count/count.routes';
import { registerHealthRoutes } from './health/health.routes';
import { importRoutes } from './import/import.routes';
import { meRoutes } from './me/me.routes';
import { membersRoutes } from './members/members.routes';
import { registerResultsRoutes } from './results/results.routes';
import { rollsRoutes } from './rolls/rolls.routes';
import { ruleBookRoutes } from './rule-book/rule-book.routes';
import { unitsRoutes } from './units/units.routes';

/**
 * Every feature's routes, registered in this order. A new feature (a new domain's API) adds one line here; no other
 * feature changes.
 */
export function registerFeatures(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  registerHealthRoutes(app, deps);
  registerRoutes(app, deps, authRoutes);
  registerCountRoutes(app, deps);
  registerRoutes(app, deps, meRoutes);
  registerRoutes(app, deps, unitsRoutes);
  registerRoutes(app, deps, membersRoutes);
  registerRoutes(app, deps, rollsRoutes);
  registerRoutes(app, deps, importRoutes);
  registerRoutes(app, deps, ruleBookRoutes);
  registerResultsRoutes(app, deps);
}

/** Every feature's background job handlers, by queue; a feature adds its queues here (one line each). */
export const jobHandlers: JobHandlers = {
  [MAIL_QUEUE]: sendQueuedEmail,
};
