import type { Member } from '../members/member';
import type { PartyRuleBook } from '../rule-book/party-rules';
import { isWithin, type UnitTree } from '../units/unit-tree';
import type { Actor, RoleGrant } from './roles';

/** Groups of member fields that are shown or hidden together. */
export const memberFieldGroups = [
  'directory',
  'membership',
  'contact',
  'profile',
  'date_of_birth',
  'ethnicity',
] as const;

/** A group of member fields: `directory` (name, branch, status) up to `ethnicity` (special-category data). */
export type MemberFieldGroup = (typeof memberFieldGroups)[number];

/** The group each member field belongs to. */
export const memberFieldGroupOf: Readonly<Record<keyof Member, MemberFieldGroup>> = {
  id: 'directory',
  firstName: 'directory',
  lastName: 'directory',
  branchId: 'directory',
  status: 'directory',
  membershipNumber: 'membership',
  joinedOn: 'membership',
  paidUpTo: 'membership',
  statusHistory: 'membership',
  branchHistory: 'membership',
  email: 'contact',
  phone: 'contact',
  addressLines: 'contact',
  postcode: 'contact',
  gender: 'profile',
  ageBand: 'profile',
  tradeUnions: 'profile',
  consent: 'profile',
  dateOfBirth: 'date_of_birth',
  ethnicity: 'ethnicity',
};

/** What an access decision about another member rests on: the tree and the rule book's access table. */
export interface AccessContext {
  readonly tree: UnitTree;
  readonly ruleBook: PartyRuleBook;
}

/** The field groups of a member an actor may see, and why. */
export interface MemberFieldAccess {
  readonly groups: readonly MemberFieldGroup[];
  /** `self`, the grants that give access, or none. */
  readonly basis: 'self' | readonly RoleGrant[];
}

/** Which of a member's field groups the actor may see: all of their own, else the union over roles covering the branch. */
export function visibleMemberFieldGroups(
  actor: Actor,
  member: Pick<Member, 'id' | 'branchId'>,
  context: AccessContext,
): MemberFieldAccess {
  if (actor.memberId !== null && actor.memberId === member.id)
    return { groups: memberFieldGroups, basis: 'self' };
  const visible = new Set<MemberFieldGroup>();
  const basis: RoleGrant[] = [];
  for (const grant of actor.grants) {
    const groups = context.ruleBook.party.memberDataAccess[grant.role];
    if (groups.length === 0 || !isWithin(context.tree, member.branchId, grant.unitId)) continue;
    basis.push(grant);
    for (const group of groups) visible.add(group);
  }
  return { groups: memberFieldGroups.filter((group) => visible.has(group)), basis };
}
