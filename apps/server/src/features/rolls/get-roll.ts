import {
  appendPartyAudit,
  listMembersByIds,
  listRollEntries,
  listRolls,
  type RollRecord,
  setRollState,
} from '@caucus/db';
import { type Actor, descendantsOf, visibleMemberFieldGroups } from '@caucus/party';
import type { AppDeps } from '../../http/env';
import type { PartyContext } from '../party/party-context';
import { unitName } from '../party/present-member';
import { presentRollSummary, reasonsOf } from './stored-roll';

/** Rolls of a unit and the units below it, newest first. */
export async function listUnitRolls(deps: AppDeps, context: PartyContext, unitId: string) {
  const unitIds = [unitId, ...descendantsOf(context.tree, unitId).map((unit) => unit.id)];
  const rolls = await listRolls(deps.database.db, unitIds);
  return { rolls: rolls.map((roll) => presentRollSummary(roll, roll, context)) };
}

/** A roll with its lines; a line's reasons only where the actor may see that member's membership details. */
export async function getRollDetail(deps: AppDeps, actor: Actor, context: PartyContext, roll: RollRecord) {
  const entries = await listRollEntries(deps.database.db, roll.id);
  const members = await listMembersByIds(
    deps.database.db,
    entries.map((entry) => entry.memberId),
  );
  const lines = entries.flatMap((entry) => {
    const member = members.get(entry.memberId);
    if (member === undefined) return [];
    const groups = visibleMemberFieldGroups(actor, member, context).groups;
    return [
      {
        memberId: member.id,
        name: `${member.firstName} ${member.lastName}`,
        branchName: unitName(context, member.branchId),
        eligible: entry.eligible,
        reasons: groups.includes('membership') ? reasonsOf(entry) : null,
      },
    ];
  });
  lines.sort((a, b) => a.name.localeCompare(b.name));
  const eligible = entries.filter((entry) => entry.eligible).length;
  return { ...presentRollSummary(roll, { entries: entries.length, eligible }, context), lines };
}

/** Closes a roll; returns its summary. */
export async function closeRoll(deps: AppDeps, context: PartyContext, roll: RollRecord, actorUserId: string) {
  await deps.database.db.transaction().execute(async (trx) => {
    await setRollState(trx, roll.id, 'closed');
    await appendPartyAudit(trx, [
      {
        actorUserId,
        action: 'roll.freeze',
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
  return presentRollSummary(
    { ...roll, state: 'closed' },
    { entries: entries.length, eligible: entries.filter((entry) => entry.eligible).length },
    context,
  );
}
