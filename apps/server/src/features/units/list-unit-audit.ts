import { listPartyAudit } from '@caucus/db';
import {
  type Action,
  type Actor,
  type AuditEntry,
  actions,
  descendantsOf,
  redactAuditEntry,
} from '@caucus/party';
import type { AppDeps } from '../../http/env';
import type { PartyContext } from '../party/party-context';
import { unitName } from '../party/present-member';

const OTHER_SUBJECT_TYPES = ['unit', 'office', 'roll', 'role_grant', 'import'] as const;

function isAction(action: string): action is Action {
  return (actions as readonly string[]).includes(action);
}

/** A unit's audit log (the unit and every unit below it), newest first, each entry redacted to the actor. */
export async function listUnitAudit(
  deps: AppDeps,
  actor: Actor,
  context: PartyContext,
  unitId: string,
  page: { limit: number; before?: number | undefined },
) {
  const unitIds = [unitId, ...descendantsOf(context.tree, unitId).map((unit) => unit.id)];
  const records = await listPartyAudit(deps.database.db, unitIds, {
    limit: page.limit,
    beforeId: page.before,
  });
  const entries = records.flatMap((record) => {
    if (!isAction(record.action) || !context.tree.byId.has(record.unitId)) return [];
    const otherType = OTHER_SUBJECT_TYPES.find((type) => type === record.subjectType) ?? 'unit';
    const subject: AuditEntry['subject'] =
      record.subjectType === 'member'
        ? { type: 'member', id: record.subjectId ?? '', branchId: record.subjectBranchId ?? record.unitId }
        : { type: otherType, id: record.subjectId ?? '' };
    const entry: AuditEntry = {
      id: String(record.id),
      at: record.at.toISOString(),
      actorUserId: record.actorUserId ?? '',
      actorMemberId: null,
      action: record.action,
      unitId: record.unitId,
      subject,
      before: record.before,
      after: record.after,
    };
    const redacted = redactAuditEntry(actor, entry, context);
    if (redacted === null) return [];
    return [{ ...redacted, actorName: record.actorName, unitName: unitName(context, record.unitId) }];
  });
  return { entries };
}
