import { availableParallelism } from 'node:os';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { RateLimiter } from '../../auth/rate-limiter';
import type { AppDeps, AppEnv } from '../../http/env';
import { ProblemError, problemDocument, problemResponse } from '../../http/problem';
import { canCountBallots } from '../../policies/count-policy';
import { authorize } from '../../policies/decision';
import { countRoute } from './count.schema';
import { countBallots } from './count-ballots';
import {
  ANONYMOUS_COUNT_BYTES,
  ANONYMOUS_COUNT_MS,
  ANONYMOUS_COUNT_WINDOW_MS,
  ANONYMOUS_COUNTS_PER_WINDOW,
  COUNT_QUEUE,
  SIGNED_IN_COUNT_MS,
} from './count-limits';
import { CountPool } from './count-pool';

/** The counting pool of this process: one worker per core but one, kept for requests. */
let sharedPool: CountPool | undefined;

function countPool(): CountPool {
  sharedPool ??= new CountPool({
    size: Math.max(1, availableParallelism() - 1),
    timeoutMs: SIGNED_IN_COUNT_MS,
    maxQueued: COUNT_QUEUE,
    lowPriority: true,
  });
  return sharedPool;
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const anonymousBody = bodyLimit({
  maxSize: ANONYMOUS_COUNT_BYTES,
  onError: (c) =>
    problemResponse(
      problemDocument(
        'payload-too-large',
        `Counts without signing in are limited to ${ANONYMOUS_COUNT_BYTES / 1024 / 1024} MB of ballots. Sign in to count up to the API's limit, or count the file with caucus count on your own computer.`,
        { instance: c.req.path },
      ),
    ),
});

/** Registers the counting endpoint: anonymous counts are size-, time- and rate-limited; every count runs in the pool. */
export function registerCountRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  // The lead engineer wires a shared (database-backed) limiter into AppDeps; until then this process keeps its own.
  const limiter =
    deps.limiters.countByAddress ?? new RateLimiter(ANONYMOUS_COUNTS_PER_WINDOW, ANONYMOUS_COUNT_WINDOW_MS);
  app.use(countRoute.path, async (c, next) => {
    if (c.req.method !== 'POST' || c.get('actor').kind !== 'anonymous') return next();
    const decision = await limiter.attempt(clientAddress(c));
    if (!decision.allowed) {
      throw new ProblemError(
        'rate-limited',
        `Too many counts from your address without signing in (at most ${ANONYMOUS_COUNTS_PER_WINDOW} in ${ANONYMOUS_COUNT_WINDOW_MS / 60_000} minutes). Try again in ${decision.retryAfterSeconds} seconds, or sign in.`,
        undefined,
        { 'retry-after': String(decision.retryAfterSeconds) },
      );
    }
    return anonymousBody(c, next);
  });
  app.openapi(countRoute, async (c) => {
    const actor = c.get('actor');
    authorize(actor, canCountBallots(actor));
    const timeoutMs = actor.kind === 'anonymous' ? ANONYMOUS_COUNT_MS : SIGNED_IN_COUNT_MS;
    return c.json(await countBallots(countPool(), c.req.valid('json'), timeoutMs), 200);
  });
}
