import type { AuditRecord } from '@caucus/db';
import { type Actor, type AuditEntry, redactAuditEntry } from '@caucus/party';
import type { z } from '@hono/zod-openapi';
import { unitName } from '../../context/present-member';
import type { PartyContext } from '../../context/request-context';
import type { AuditEntrySchema } from './units.schema';

const OTHER_SUBJECT_TYPES = ['unit', 'office', 'roll', 'role_grant', 'import'] as const;

/** Audit entries as the actor may see them: entries they may not read are left out, fields they may not see withheld. */
export function presentAudit(
  actor: Actor,
  records: readonly AuditRecord[],
  context: PartyContext,
): { entries: z.input<typeof AuditEntrySchema>[] } {
  const entries = records.flatMap((record) => {
    const unitId = record.unitId;
    if (unitId === null || !context.tree.byId.has(unitId)) return [];
    const otherType = OTHER_SUBJECT_TYPES.find((type) => type === record.subjectType) ?? 'unit';
    const subject: AuditEntry['subject'] =
      record.subjectType === 'member'
        ? { type: 'member', id: record.subjectId ?? '', branchId: record.subjectBranchId ?? unitId }
        : { type: otherType, id: record.subjectId ?? '' };
    const entry: AuditEntry = {
      id: String(record.id),
      at: record.at.toISOString(),
      actorUserId: record.actorUserId ?? '',
      actorMemberId: null,
      action: record.action,
      unitId,
      subject,
      before: record.before,
      after: record.after,
    };
    const redacted = redactAuditEntry(actor, entry, context);
    if (redacted === null) return [];
    return [
      {
        id: redacted.id,
        at: redacted.at,
        actorUserId: redacted.actorUserId,
        actorName: record.actorName,
        action: redacted.action,
        unitId: redacted.unitId,
        unitName: unitName(context, unitId),
        subject: redacted.subject,
        before: redacted.before as z.input<typeof AuditEntrySchema>['before'],
        after: redacted.after as z.input<typeof AuditEntrySchema>['after'],
        withheldFields: redacted.withheldFields,
      },
    ];
  });
  return { entries };
}
