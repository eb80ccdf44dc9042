import type { Migration } from 'kysely';
import * as appMeta from './0001-app-meta';
import * as rateLimits from './20261201-1900-core-rate-limits';
import * as jobs from './20261201-1930-core-jobs';

/** The instance-wide migrations (app_meta, rate limits), keyed by name. */
export const coreMigrations: Record<string, Migration> = {
  '0001-app-meta': appMeta,
  '20261201-1900-core-rate-limits': rateLimits,
  '20261201-1930-core-jobs': jobs,
};
