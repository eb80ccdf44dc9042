import type { CaucusDatabase } from '@caucus/db';
import { createMailer } from '../auth/mailer';
import { RateLimiter } from '../auth/rate-limiter';
import type { Config } from '../config';
import { grantsOfUser } from '../features/party/grants-of-user';
import type { Logger } from '../logger';
import type { AppDeps } from './env';

/** Wires the dependencies commands use from configuration and an open database. */
export function createDeps(config: Config, database: CaucusDatabase, logger: Logger): AppDeps {
  return {
    config,
    database,
    logger,
    startedAt: new Date(),
    mailer: createMailer(config, logger),
    grantsOf: (userId) => grantsOfUser(database, userId),
    limiters: {
      signInByAddress: new RateLimiter(30, 10 * 60_000),
      linkByEmail: new RateLimiter(3, 15 * 60_000),
    },
  };
}
