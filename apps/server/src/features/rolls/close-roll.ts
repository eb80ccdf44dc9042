import { appendAudit, listRollEntries, type RollRecord, setRollState } from '@caucus/db';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';
import type { RollWithCounts } from './freeze-unit-roll';

/** Closes an open roll (audited as closing it); closing a closed roll is a 409 problem and changes nothing. */
export async function closeRoll(
  deps: AppDeps,
  roll: RollRecord,
  actorUserId: string,
): Promise<RollWithCounts> {
  const alreadyClosed = new ProblemError('conflict', `The roll "${roll.title}" is already closed.`);
  if (roll.state === 'closed') throw alreadyClosed;
  await deps.database.db.transaction().execute(async (trx) => {
    if (!(await setRollState(trx, roll.id, 'closed', 'open'))) throw alreadyClosed;
    await appendAudit(trx, [
      {
        actorUserId,
        action: 'roll.close',
        unitId: roll.unitId,
        subjectType: 'roll',
        subjectId: roll.id,
        subjectBranchId: null,
        before: { state: roll.state },
        after: { state: 'closed' },
      },
    ]);
  });
  const entries = await listRollEntries(deps.database.db, roll.id);
  return {
    roll: { ...roll, state: 'closed' },
    entries: entries.length,
    eligible: entries.filter((entry) => entry.eligible).length,
  };
}
