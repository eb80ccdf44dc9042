import { availableParallelism } from 'node:os';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { clientAddress } from '../../http/client-address';
import type { AppDeps, AppEnv } from '../../http/env';
import { ProblemError, problemDocument, problemResponse } from '../../http/problem';
import { defineRoute, registerRoutes } from '../../http/route';
import { countRoute } from './count.schema';
import { countBallots } from './count-ballots';
import { ANONYMOUS_COUNT_BYTES, ANONYMOUS_COUNT_MS, COUNT_QUEUE, SIGNED_IN_COUNT_MS } from './count-limits';
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

/**
 * Registers the counting endpoint. Anyone may count (the ballots are the caller's own; nothing is stored), so counts
 * without signing in are limited in size, time and rate per address (a limit shared by every server process); every
 * count runs in the worker pool, never on the request thread.
 */
export function registerCountRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.use(countRoute.path, async (c, next) => {
    if (c.req.method !== 'POST' || c.get('actor').kind !== 'anonymous') return next();
    const limiter = deps.limiters.countByAddress;
    const decision = await limiter.attempt(clientAddress(c));
    if (!decision.allowed) {
      throw new ProblemError(
        'rate-limited',
        `Too many counts from your address without signing in (at most ${limiter.rule.limit} in ${limiter.rule.windowMs / 60_000} minutes). Try again in ${decision.retryAfterSeconds} seconds, or sign in.`,
        undefined,
        { 'retry-after': String(decision.retryAfterSeconds) },
      );
    }
    return anonymousBody(c, next);
  });
  registerRoutes(app, deps, [
    defineRoute(countRoute, {
      access: 'public',
      run: ({ actor, input }) =>
        countBallots(
          countPool(),
          input.body,
          actor.kind === 'anonymous' ? ANONYMOUS_COUNT_MS : SIGNED_IN_COUNT_MS,
        ),
      present: (_request, result) => result,
    }),
  ]);
}
