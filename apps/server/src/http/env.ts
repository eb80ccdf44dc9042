import type { CaucusDatabase } from '@caucus/db';
import type { Mailer } from '../auth/mailer';
import type { RateLimiter } from '../auth/rate-limiter';
import type { Config } from '../config';
import type { Actor, ActorGrant } from '../context/actor';
import type { PartyStructureCache } from '../context/party-structure-cache';
import type { Logger } from '../logger';

/** What every command can use: configuration, database, logger, mail, shared limits and caches. */
export interface AppDeps {
  config: Config;
  database: CaucusDatabase;
  logger: Logger;
  startedAt: Date;
  mailer: Mailer;
  /** Roles an account holds, read on each signed-in request. */
  grantsOf: (userId: string) => Promise<ActorGrant[]>;
  /** Rate limits counted in the database, so every server process on it shares them. */
  limiters: {
    /** Sign-in attempts per client address. */
    signInByAddress: RateLimiter;
    /** Sign-in link emails per address, so nobody can flood an inbox. */
    linkByEmail: RateLimiter;
    /** Counts without signing in, per client address. */
    countByAddress: RateLimiter;
  };
  /** Caches that every process empties when any process on the database announces a change. */
  caches: {
    partyStructure: PartyStructureCache;
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
