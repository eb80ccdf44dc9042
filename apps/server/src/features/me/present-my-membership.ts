import { type Actor, ancestorsOf, describeGrant, isTermCurrent } from '@caucus/party';
import type { z } from '@hono/zod-openapi';
import { presentMember, unitName } from '../../context/present-member';
import type { PartyContext } from '../../context/request-context';
import { reasonsOf } from '../../context/stored-roll';
import type { MyMembership } from './get-my-membership';
import type { MyMembershipSchema } from './me.schema';

/** The actor's own membership: full record, units, offices, roles and their standing on every roll. */
export function presentMyMembership(
  actor: Actor,
  mine: MyMembership,
  context: PartyContext,
): z.input<typeof MyMembershipSchema> {
  const roles = actor.grants
    .filter((grant) => context.tree.byId.has(grant.unitId))
    .map((grant) => ({ ...grant, description: describeGrant(grant, context.tree) }));
  const base = { roles, ruleBookTitle: context.ruleBook.edition.title };
  if (mine.member === null) return { ...base, member: null, units: [], offices: [], rolls: [] };
  const branch = context.tree.byId.get(mine.member.member.branchId);
  return {
    ...base,
    member: presentMember(actor, mine.member, context),
    units: branch === undefined ? [] : [branch, ...ancestorsOf(context.tree, branch.id)],
    offices: mine.offices.map(({ office, holder }) => ({
      unitId: office.unitId,
      unitName: unitName(context, office.unitId),
      title: office.title,
      from: holder.from,
      to: holder.to,
      current: isTermCurrent(holder, context.today),
    })),
    rolls: mine.rolls.map(({ roll, entry }) => ({
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
