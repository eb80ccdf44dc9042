import type { Migration } from 'kysely';
import * as appMeta from './0001-app-meta';

/**
 * Every migration, keyed by name; names sort in the order they run.
 * Add a new migration as `NNNN-what-it-does.ts` and list it here.
 */
export const migrations: Record<string, Migration> = {
  '0001-app-meta': appMeta,
};
