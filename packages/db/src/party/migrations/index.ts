import type { Migration } from 'kysely';
import * as party from './0003-party';
import * as partyAuditSubject from './0005-party-audit-subject';
import * as ruleBookTimeline from './20261201-1901-party-rule-book-timeline';

/** The party (membership kernel) migrations, keyed by name. */
export const partyMigrations: Record<string, Migration> = {
  '0003-party': party,
  '0005-party-audit-subject': partyAuditSubject,
  '20261201-1901-party-rule-book-timeline': ruleBookTimeline,
};
