import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, Database } from '../schema';

/** An audit entry to record. */
export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  unitId: string | null;
  subjectType: string;
  subjectId: string | null;
  before: unknown;
  after: unknown;
}

/** A stored audit entry. */
export type AuditRow = Selectable<AuditLogTable>;

/** Appends one entry to the audit log. */
export async function appendAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_user_id: entry.actorUserId,
      action: entry.action,
      unit_id: entry.unitId,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

/** Audit entries for the given units, newest first. */
export function listAudit(
  db: Kysely<Database>,
  unitIds: readonly string[],
  options: { limit: number; beforeId?: number | undefined },
): Promise<AuditRow[]> {
  if (unitIds.length === 0) return Promise.resolve([]);
  let query = db.selectFrom('audit_log').selectAll().where('unit_id', 'in', unitIds);
  if (options.beforeId !== undefined) query = query.where('id', '<', options.beforeId);
  return query.orderBy('id', 'desc').limit(options.limit).execute();
}
