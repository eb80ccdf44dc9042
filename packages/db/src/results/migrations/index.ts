import type { Migration } from 'kysely';
import * as results from './0004-results';

/** The election results migrations, keyed by name. */
export const resultsMigrations: Record<string, Migration> = {
  '0004-results': results,
};
