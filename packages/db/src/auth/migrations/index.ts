import type { Migration } from 'kysely';
import * as usersSessionsAudit from './0002-users-sessions-audit';

/** The sign-in migrations, keyed by name. */
export const authMigrations: Record<string, Migration> = {
  '0002-users-sessions-audit': usersSessionsAudit,
};
