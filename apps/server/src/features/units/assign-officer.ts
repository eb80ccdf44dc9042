import { randomUUID } from 'node:crypto';
import { appendAudit, endOfficeTerm, insertOfficeHolders, listOfficeHolders, listOffices } from '@caucus/db';
import { addDays, isTermCurrent, isWithin } from '@caucus/party';
import type { PartyContext, RequestContext } from '../../context/request-context';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';
import type { CurrentOfficer } from './current-officers';

/** Records a member as the new holder of one of a unit's offices, ending the current term the day before. */
export async function assignOfficer(
  deps: AppDeps,
  request: RequestContext,
  context: PartyContext,
  input: {
    actorUserId: string;
    unitId: string;
    officeKey: string;
    memberId: string;
    from?: string | undefined;
  },
): Promise<CurrentOfficer> {
  const from = input.from ?? context.today;
  const office = (await listOffices(deps.database.db, [input.unitId])).find((o) => o.key === input.officeKey);
  if (office === undefined) {
    throw new ProblemError('validation-failed', `officeKey: this unit has no office "${input.officeKey}"`);
  }
  const { member } = await request.member(input.memberId);
  if (!isWithin(context.tree, member.branchId, input.unitId)) {
    throw new ProblemError('validation-failed', 'memberId: an officer must be a member of the unit');
  }
  const current = (await listOfficeHolders(deps.database.db, [office.id])).filter((holder) =>
    isTermCurrent(holder, from),
  );
  const ending = current.find((holder) => holder.from >= from);
  if (ending !== undefined) {
    throw new ProblemError(
      'validation-failed',
      `from: the current term began on ${ending.from}; a new term must start after it`,
    );
  }
  await deps.database.db.transaction().execute(async (trx) => {
    for (const holder of current) await endOfficeTerm(trx, holder.id, addDays(from, -1));
    await insertOfficeHolders(trx, [
      { id: randomUUID(), officeId: office.id, memberId: member.id, from, to: null },
    ]);
    await appendAudit(trx, [
      {
        actorUserId: input.actorUserId,
        action: 'office.assign',
        unitId: input.unitId,
        subjectType: 'office',
        subjectId: office.id,
        subjectBranchId: null,
        before: { holders: current.map((holder) => holder.memberId) },
        after: { holders: [member.id], from },
      },
    ]);
  });
  return {
    officeId: office.id,
    key: office.key,
    title: office.title,
    authority: office.authority,
    holder: { memberId: member.id, name: `${member.firstName} ${member.lastName}`, from, to: null },
  };
}
