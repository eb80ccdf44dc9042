import { type Actor, can } from '@caucus/party';
import type { LoadedMember } from '../../context/member-record';
import { presentMember } from '../../context/present-member';
import type { PartyContext } from '../../context/request-context';
import { ProblemError } from '../../http/problem';
import { defineRoute } from '../../http/route';
import { changeStatusOfMember } from './change-member-status';
import { listUnitMembers } from './list-unit-members';
import { changeStatusRoute, getMemberRoute, listMembersRoute, moveBranchRoute } from './members.schema';
import { moveBranchOfMember } from './move-member-branch';
import { presentMemberList } from './present-member-list';

function viewOf(actor: Actor, member: LoadedMember, context: PartyContext) {
  const view = presentMember(actor, member, context);
  // Only reached after a policy allowed seeing the member, so their directory fields are visible.
  if (view === null) throw new ProblemError('forbidden', 'You may not see this member.');
  return view;
}

const memberResource = ({ member }: LoadedMember) =>
  ({ type: 'member', memberId: member.id, branchId: member.branchId }) as const;

/** The member list, member record, status change and branch move endpoints. */
export const membersRoutes = [
  defineRoute(listMembersRoute, {
    access: 'signed-in',
    load: ({ context, input }) => context.unit(input.params.unitId),
    authorize: async ({ party, context }, unit) =>
      can(party, 'member.list', { type: 'unit', unitId: unit.id }, await context.party()),
    run: async ({ deps, context, input }, unit) =>
      listUnitMembers(deps, await context.party(), unit.id, input.query),
    present: async ({ party, context }, page) => presentMemberList(party, page, await context.party()),
  }),

  defineRoute(getMemberRoute, {
    access: 'signed-in',
    load: ({ context, input }) => context.member(input.params.memberId),
    authorize: async ({ party, context }, member) =>
      can(party, 'member.view', memberResource(member), await context.party()),
    run: (_request, member) => member,
    present: async ({ party, context }, member) => viewOf(party, member, await context.party()),
  }),

  defineRoute(changeStatusRoute, {
    access: 'signed-in',
    load: ({ context, input }) => context.member(input.params.memberId),
    authorize: async ({ party, context }, member) =>
      can(party, 'member.change_status', memberResource(member), await context.party()),
    run: async ({ deps, actor, party, context, input }, member) =>
      changeStatusOfMember(deps, await context.party(), { actor, party, member, ...input.body }),
    present: async ({ party, context }, member) => viewOf(party, member, await context.party()),
  }),

  defineRoute(moveBranchRoute, {
    access: 'signed-in',
    load: async ({ context, input }) => {
      const member = await context.member(input.params.memberId);
      const tree = await context.tree();
      if (!tree.byId.has(input.body.toBranchId)) {
        throw new ProblemError(
          'validation-failed',
          `toBranchId: there is no unit "${input.body.toBranchId}"`,
        );
      }
      return member;
    },
    authorize: async ({ party, context, input }, { member }) =>
      can(
        party,
        'member.move_branch',
        {
          type: 'branch_move',
          memberId: member.id,
          fromBranchId: member.branchId,
          toBranchId: input.body.toBranchId,
        },
        await context.party(),
      ),
    run: async ({ deps, actor, party, context, input }, member) =>
      moveBranchOfMember(deps, await context.party(), { actor, party, member, ...input.body }),
    present: async ({ party, context }, member) => viewOf(party, member, await context.party()),
  }),
];
