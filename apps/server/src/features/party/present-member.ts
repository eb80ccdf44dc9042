import { type Actor, getUnit, isInArrearsAt, type Member, redactMember } from '@caucus/party';
import type { PartyContext } from './party-context';

/** A member as an actor may see them, with the branch name and (if membership is visible) whether in arrears. */
export function presentMember(actor: Actor, member: Member, context: PartyContext) {
  const view = redactMember(actor, member, context);
  if (view === null) return null;
  const branchName = context.tree.byId.get(member.branchId)?.name ?? member.branchId;
  return {
    ...view,
    branchName,
    ...(view.visibleGroups.includes('membership')
      ? { inArrears: isInArrearsAt(member, context.today, context.preset.membership.arrearsGraceDays) }
      : {}),
  };
}

/** The name of a unit for people, or its id if unknown. */
export function unitName(context: PartyContext, unitId: string): string {
  return context.tree.byId.has(unitId) ? getUnit(context.tree, unitId).name : unitId;
}
