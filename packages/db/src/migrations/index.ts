import type { Migration } from 'kysely';
import * as appMeta from './0001-app-meta';
import * as usersSessionsAudit from './0002-users-sessions-audit';
import * as party from './0003-party';
import * as results from './0004-results';
import * as partyAuditSubject from './0005-party-audit-subject';

/**
 * Every migration, keyed by name; names sort in the order they run.
 * Add a new migration as `NNNN-what-it-does.ts` and list it here.
 */
export const migrations: Record<string, Migration> = {
  '0001-app-meta': appMeta,
  '0002-users-sessions-audit': usersSessionsAudit,
  '0003-party': party,
  '0004-results': results,
  '0005-party-audit-subject': partyAuditSubject,
};
