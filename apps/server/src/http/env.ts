import type { CaucusDatabase } from '@caucus/db';
import type { Mailer } from '../auth/mailer';
import type { RateLimiter } from '../auth/rate-limiter';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Actor, ActorGrant } from '../policies/actor';

/** What every command can use: configuration, database, logger, mail and limits. */
export interface AppDeps {
  config: Config;
  database: CaucusDatabase;
  logger: Logger;
  startedAt: Date;
  mailer: Mailer;
  /** Roles an account holds, read on each signed-in request. */
  grantsOf: (userId: string) => Promise<ActorGrant[]>;
  limiters: {
    /** Sign-in attempts per client address. */
    signInByAddress: RateLimiter;
    /** Sign-in link emails per address, so nobody can flood an inbox. */
    linkByEmail: RateLimiter;
    /** Counts without signing in per client address (the count routes keep their own when unset). */
    countByAddress?: RateLimiter;
  };
}

/** Hono environment: per-request variables set by middleware. */
export interface AppEnv {
  Variables: {
    actor: Actor;
    requestId: string;
    logger: Logger;
  };
}
