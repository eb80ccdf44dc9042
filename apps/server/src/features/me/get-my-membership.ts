import { findMemberById, listOfficeTermsOfMember, listRollsOfMember } from '@caucus/db';
import { type Actor, ancestorsOf, describeGrant, isTermCurrent } from '@caucus/party';
import type { AppDeps } from '../../http/env';
import { memberFromRecord, type PartyContext } from '../party/party-context';
import { presentMember, unitName } from '../party/present-member';
import { reasonsOf } from '../rolls/stored-roll';

/** The actor's own membership: full record, units, offices, roles and their standing on every roll. */
export async function getMyMembership(deps: AppDeps, actor: Actor, context: PartyContext) {
  const roles = actor.grants
    .filter((grant) => context.tree.byId.has(grant.unitId))
    .map((grant) => ({ ...grant, description: describeGrant(grant, context.tree) }));
  const base = { roles, presetTitle: context.preset.title };
  const record = actor.memberId === null ? undefined : await findMemberById(deps.database.db, actor.memberId);
  if (record === undefined) return { ...base, member: null, units: [], offices: [], rolls: [] };
  const member = memberFromRecord(record);
  const terms = await listOfficeTermsOfMember(deps.database.db, member.id);
  const rolls = await listRollsOfMember(deps.database.db, member.id);
  const branch = context.tree.byId.get(member.branchId);
  return {
    ...base,
    member: presentMember(actor, member, context),
    units: branch === undefined ? [] : [branch, ...ancestorsOf(context.tree, branch.id)],
    offices: terms.map(({ office, holder }) => ({
      unitId: office.unitId,
      unitName: unitName(context, office.unitId),
      title: office.title,
      from: holder.from,
      to: holder.to,
      current: isTermCurrent(holder, context.today),
    })),
    rolls: rolls.map(({ roll, entry }) => ({
      rollId: roll.id,
      title: roll.title,
      unitName: unitName(context, roll.unitId),
      frozenAt: roll.frozenAt,
      state: roll.state,
      eligible: entry.eligible,
      reasons: reasonsOf(entry),
    })),
  };
}
