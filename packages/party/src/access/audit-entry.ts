/** What an audit entry is about; member subjects carry the branch so the entry can be redacted for each viewer. */
export type AuditSubject =
  | { readonly type: 'member'; readonly id: string; readonly branchId: string }
  | { readonly type: 'unit' | 'office' | 'roll' | 'role_grant' | 'import'; readonly id: string };

/** One line of the append-only audit log: who did what, when, in which unit, with the record before and after. */
export interface AuditEntry {
  readonly id: string;
  /** ISO 8601 timestamp with offset, e.g. `2024-08-01T10:15:00Z`. */
  readonly at: string;
  readonly actorUserId: string;
  readonly actorMemberId: string | null;
  /** What was done, e.g. `member.change_status` (each domain records its own actions). */
  readonly action: string;
  /** The unit whose officers may read the entry. */
  readonly unitId: string;
  readonly subject: AuditSubject;
  readonly before: Readonly<Record<string, unknown>> | null;
  readonly after: Readonly<Record<string, unknown>> | null;
}

/** The fields whose values differ between two versions of a record (compared as JSON). */
export function changedFields(
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>> | null,
): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key])).sort();
}

/** Keeps only the changed fields of before and after, so the log stores what changed and nothing else. */
export function auditDelta(
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>> | null,
): { before: Record<string, unknown> | null; after: Record<string, unknown> | null } {
  const fields = changedFields(before, after);
  const pick = (record: Readonly<Record<string, unknown>> | null) =>
    record === null
      ? null
      : Object.fromEntries(fields.filter((field) => field in record).map((f) => [f, record[f]]));
  return { before: pick(before), after: pick(after) };
}
