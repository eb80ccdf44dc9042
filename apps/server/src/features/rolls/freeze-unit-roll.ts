import { randomUUID } from 'node:crypto';
import { appendAudit, insertRoll, listMembersEverInBranches, type RollRecord } from '@caucus/db';
import { descendantsOf, freezeRoll } from '@caucus/party';
import { memberFromRecord } from '../../context/member-record';
import type { RequestContext } from '../../context/request-context';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';

/** A stored roll with its counts. */
export interface RollWithCounts {
  readonly roll: RollRecord;
  readonly entries: number;
  readonly eligible: number;
}

/**
 * Freezes a unit's electorate under a rule at a date, judged by the rule book in force on that date, and stores the
 * snapshot with an audit entry.
 */
export async function freezeUnitRoll(
  deps: AppDeps,
  context: RequestContext,
  input: { actorUserId: string; unitId: string; title: string; ruleId: string; frozenAt: string },
): Promise<RollWithCounts> {
  const [tree, ruleBook] = await Promise.all([context.tree(), context.ruleBookOn(input.frozenAt)]);
  if (ruleBook.party.eligibility[input.ruleId] === undefined) {
    const known = Object.keys(ruleBook.party.eligibility).join(', ');
    throw new ProblemError(
      'validation-failed',
      `ruleId: the ${ruleBook.edition.title}, in force on ${input.frozenAt}, has no rule "${input.ruleId}"; known: ${known}`,
    );
  }
  const branchIds = [input.unitId, ...descendantsOf(tree, input.unitId).map((unit) => unit.id)].filter(
    (id) => tree.byId.get(id)?.kind === 'branch',
  );
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
    { tree, ruleBook },
  );
  const entries = roll.entries.filter((entry) =>
    entry.reasons.some((reason) => reason.kind === 'unit' && reason.passed),
  );
  const eligible = entries.filter((entry) => entry.eligible).length;
  const stored: RollRecord = {
    id: roll.id,
    title: roll.title,
    unitId: roll.unitId,
    editionId: roll.editionId,
    ruleId: roll.ruleId,
    frozenAt: roll.frozenAt,
    state: 'open',
    createdAt: new Date(),
    createdBy: input.actorUserId,
  };
  await deps.database.db.transaction().execute(async (trx) => {
    await insertRoll(trx, stored, entries);
    await appendAudit(trx, [
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
  return { roll: stored, entries: entries.length, eligible };
}
