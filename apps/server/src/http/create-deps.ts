import type { CaucusDatabase } from '@caucus/db';
import { createMailer } from '../auth/mailer';
import { RateLimiter } from '../auth/rate-limiter';
import type { Config } from '../config';
import { grantsOfUser } from '../context/grants-of-user';
import { createPartyStructureCache } from '../context/party-structure-cache';
import type { Logger } from '../logger';
import type { AppDeps } from './env';

/** Wires the dependencies commands use from configuration and an open database (subscribing its caches). */
export function createDeps(config: Config, database: CaucusDatabase, logger: Logger): AppDeps {
  const partyStructure = createPartyStructureCache(database);
  return {
    config,
    database,
    logger,
    startedAt: new Date(),
    mailer: createMailer(config, logger),
    grantsOf: (userId) => grantsOfUser(database, partyStructure, userId),
    limiters: {
      signInByAddress: new RateLimiter(database, 'sign-in-address', { limit: 30, windowMs: 10 * 60_000 }),
      linkByEmail: new RateLimiter(database, 'sign-in-link-email', { limit: 3, windowMs: 15 * 60_000 }),
      countByAddress: new RateLimiter(database, 'count-address', { limit: 30, windowMs: 10 * 60_000 }),
    },
    caches: { partyStructure },
  };
}
