import {
  type AccessContext,
  type Actor,
  can,
  getUnit,
  isInArrearsAt,
  type Member,
  redactMember,
} from '@caucus/party';
import type { z } from '@hono/zod-openapi';
import type { LoadedMember } from './member-record';
import type { MemberPermissionsSchema, MemberViewSchema } from './party-schemas';
import type { PartyContext } from './request-context';

/** The name of a unit for people, or its id if unknown. */
export function unitName(context: Pick<AccessContext, 'tree'>, unitId: string): string {
  return context.tree.byId.has(unitId) ? getUnit(context.tree, unitId).name : unitId;
}

/** What the actor may do with a member, as the party's policies decide (sent with the member). */
export function memberPermissions(
  actor: Actor,
  member: Pick<Member, 'id' | 'branchId'>,
  context: AccessContext,
): z.input<typeof MemberPermissionsSchema> {
  const resource = { type: 'member', memberId: member.id, branchId: member.branchId } as const;
  const parentId = context.tree.byId.get(member.branchId)?.parentId ?? null;
  return {
    update: can(actor, 'member.update', resource, context).allowed,
    changeStatus: can(actor, 'member.change_status', resource, context).allowed,
    moveBranch:
      parentId !== null &&
      can(
        actor,
        'member.move_branch',
        { type: 'branch_move', memberId: member.id, fromBranchId: member.branchId, toBranchId: parentId },
        context,
      ).allowed,
    checkEligibility: can(actor, 'eligibility.check', resource, context).allowed,
    downloadData: can(actor, 'member.export', resource, context).allowed,
  };
}

/**
 * A member as an actor may see them (or null when they may see nothing of them), with the branch name, whether in
 * arrears (only with the membership group), the record's version and what the actor may do with it.
 */
export function presentMember(
  actor: Actor,
  loaded: LoadedMember,
  context: PartyContext,
): z.input<typeof MemberViewSchema> | null {
  const { member, version } = loaded;
  const view = redactMember(actor, member, context);
  if (view === null) return null;
  return {
    ...view,
    branchName: unitName(context, member.branchId),
    version,
    permissions: memberPermissions(actor, member, context),
    ...(view.visibleGroups.includes('membership')
      ? {
          inArrears: isInArrearsAt(member, context.today, context.ruleBook.party.membership.arrearsGraceDays),
        }
      : {}),
  };
}
