import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** An action to record in the append-only audit log: who did what, in which unit, to which record, before and after. */
export interface AuditInput {
  readonly actorUserId: string | null;
  /** The action, e.g. `member.update`; stored as text so every domain records into the same log. */
  readonly action: string;
  /** The unit whose officers may read the entry; null for instance-wide entries. */
  readonly unitId: string | null;
  readonly subjectType: string;
  readonly subjectId: string | null;
  /** For member subjects: the member's branch, so each viewer's copy can be redacted. */
  readonly subjectBranchId: string | null;
  readonly before: Readonly<Record<string, unknown>> | null;
  readonly after: Readonly<Record<string, unknown>> | null;
}

/** A stored audit entry. */
export interface AuditRecord extends AuditInput {
  readonly id: number;
  readonly at: Date;
  /** The acting account's display name, if the account still exists. */
  readonly actorName: string | null;
}

const AUDIT_BATCH = 2000;

/** Appends entries to the audit log in multi-row batches (inside the caller's transaction, if any). */
export async function appendAudit(db: Kysely<Database>, entries: readonly AuditInput[]): Promise<void> {
  for (let start = 0; start < entries.length; start += AUDIT_BATCH) {
    await db
      .insertInto('audit_log')
      .values(
        entries.slice(start, start + AUDIT_BATCH).map((entry) => ({
          actor_user_id: entry.actorUserId,
          action: entry.action,
          unit_id: entry.unitId,
          subject_type: entry.subjectType,
          subject_id: entry.subjectId,
          subject_branch_id: entry.subjectBranchId,
          before: entry.before === null ? null : JSON.stringify(entry.before),
          after: entry.after === null ? null : JSON.stringify(entry.after),
        })),
      )
      .execute();
  }
}

/** Audit entries recorded in the given units, newest first, a page at a time. */
export async function listAudit(
  db: Kysely<Database>,
  unitIds: readonly string[],
  options: { readonly limit: number; readonly beforeId?: number | undefined },
): Promise<AuditRecord[]> {
  if (unitIds.length === 0) return [];
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('app_user as u', 'u.id', 'a.actor_user_id')
    .selectAll('a')
    .select('u.display_name')
    .where('a.unit_id', 'in', unitIds);
  if (options.beforeId !== undefined) query = query.where('a.id', '<', options.beforeId);
  const rows = await query.orderBy('a.id', 'desc').limit(options.limit).execute();
  return rows.map((row) => ({
    actorName: row.display_name,
    id: Number(row.id),
    at: row.at,
    actorUserId: row.actor_user_id,
    action: row.action,
    unitId: row.unit_id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    subjectBranchId: row.subject_branch_id,
    // Sound: written by appendAudit from records (or null).
    before: row.before as AuditRecord['before'],
    after: row.after as AuditRecord['after'],
  }));
}

/** Audit entries whose subject is the given member, oldest first (what officers recorded about them). */
export async function listAuditAboutMember(
  db: Kysely<Database>,
  memberId: string,
): Promise<{ at: Date; action: string; unitId: string | null; before: unknown; after: unknown }[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['at', 'action', 'unit_id', 'before', 'after'])
    .where('subject_type', '=', 'member')
    .where('subject_id', '=', memberId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    at: row.at,
    action: row.action,
    unitId: row.unit_id,
    before: row.before,
    after: row.after,
  }));
}
