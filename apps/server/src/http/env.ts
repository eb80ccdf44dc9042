import type { CaucusDatabase } from '@caucus/db';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Actor } from '../policies/actor';

/** What every command can use: configuration, database and logger. */
export interface AppDeps {
  config: Config;
  database: CaucusDatabase;
  logger: Logger;
  startedAt: Date;
}

/** Hono environment: per-request variables set by middleware. */
export interface AppEnv {
  Variables: {
    actor: Actor;
    requestId: string;
    logger: Logger;
  };
}
