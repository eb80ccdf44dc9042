import { appendPartyAudit, upsertMembers } from '@caucus/db';
import { auditDelta, type Member } from '@caucus/party';
import type { AppDeps } from '../../http/env';

/** Stores a changed member and appends the officer action to the audit log, in one transaction. */
export async function recordMemberChange(
  deps: AppDeps,
  change: { actorUserId: string; action: string; unitId: string; before: Member; after: Member },
): Promise<void> {
  const delta = auditDelta({ ...change.before }, { ...change.after });
  await deps.database.db.transaction().execute(async (trx) => {
    await upsertMembers(trx, [change.after]);
    await appendPartyAudit(trx, [
      {
        actorUserId: change.actorUserId,
        action: change.action,
        unitId: change.unitId,
        subjectType: 'member',
        subjectId: change.after.id,
        subjectBranchId: change.before.branchId,
        before: delta.before,
        after: delta.after,
      },
    ]);
  });
}
