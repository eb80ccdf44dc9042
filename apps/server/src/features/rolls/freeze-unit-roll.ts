import { randomUUID } from 'node:crypto';
import { appendPartyAudit, insertRoll, listMembersEverInBranches } from '@caucus/db';
import { descendantsOf, freezeRoll } from '@caucus/party';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';
import { memberFromRecord, type PartyContext } from '../party/party-context';
import { presentRollSummary } from './stored-roll';

/** Freezes a unit's electorate under a rule at a date and stores the snapshot, with an audit entry. */
export async function freezeUnitRoll(
  deps: AppDeps,
  context: PartyContext,
  input: { actorUserId: string; unitId: string; title: string; ruleId: string; frozenAt: string },
) {
  if (context.preset.eligibility[input.ruleId] === undefined) {
    const known = Object.keys(context.preset.eligibility).join(', ');
    throw new ProblemError(
      'validation-failed',
      `ruleId: ${context.preset.title} has no rule "${input.ruleId}"; known: ${known}`,
    );
  }
  const branchIds = [
    input.unitId,
    ...descendantsOf(context.tree, input.unitId).map((unit) => unit.id),
  ].filter((id) => context.tree.byId.get(id)?.kind === 'branch');
  const members = (await listMembersEverInBranches(deps.database.db, branchIds)).map(memberFromRecord);
  const roll = freezeRoll(
    {
      id: randomUUID(),
      title: input.title,
      unitId: input.unitId,
      ruleId: input.ruleId,
      frozenAt: input.frozenAt,
    },
    members,
    context,
  );
  const entries = roll.entries.filter((entry) =>
    entry.reasons.some((reason) => reason.kind === 'unit' && reason.passed),
  );
  const eligible = entries.filter((entry) => entry.eligible).length;
  await deps.database.db.transaction().execute(async (trx) => {
    await insertRoll(
      trx,
      {
        id: roll.id,
        title: roll.title,
        unitId: roll.unitId,
        presetId: roll.presetId,
        ruleId: roll.ruleId,
        frozenAt: roll.frozenAt,
        state: 'open',
        createdBy: input.actorUserId,
      },
      entries,
    );
    await appendPartyAudit(trx, [
      {
        actorUserId: input.actorUserId,
        action: 'roll.freeze',
        unitId: input.unitId,
        subjectType: 'roll',
        subjectId: roll.id,
        subjectBranchId: null,
        before: null,
        after: {
          title: roll.title,
          ruleId: roll.ruleId,
          frozenAt: roll.frozenAt,
          entries: entries.length,
          eligible,
        },
      },
    ]);
  });
  return presentRollSummary(
    { ...roll, state: 'open', createdAt: new Date(), createdBy: input.actorUserId },
    { entries: entries.length, eligible },
    context,
  );
}
