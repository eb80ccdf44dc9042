import { type AccessContext, visibleMemberFieldGroups } from '../access/member-field-access';
import { type Actor, describeGrant, type Role, type RoleGrant, roleLabels, roles } from '../access/roles';
import { getUnit, isWithin } from '../units/unit-tree';
import { allowed, type Decision, decide, type Policies, refused } from './decision';

/** A unit as the object of an action (its page, officers, member list, rolls, audit log). */
export interface UnitResource {
  readonly type: 'unit';
  readonly unitId: string;
}

/** A member record as the object of an action; `branchId` is the member's current branch. */
export interface MemberResource {
  readonly type: 'member';
  readonly memberId: string;
  readonly branchId: string;
}

/** A proposed move of a member between branches. */
export interface BranchMoveResource {
  readonly type: 'branch_move';
  readonly memberId: string;
  readonly fromBranchId: string;
  readonly toBranchId: string;
}

/** A role someone proposes to grant. */
export interface RoleGrantResource {
  readonly type: 'role_grant';
  readonly grant: RoleGrant;
}

/** Each action of the party domain and the kind of resource it acts on. */
export interface PartyResources {
  'unit.view': UnitResource;
  'unit.manage': UnitResource;
  'office.assign': UnitResource;
  'member.list': UnitResource;
  'member.import': UnitResource;
  'roll.freeze': UnitResource;
  'roll.view': UnitResource;
  'audit.view': UnitResource;
  'member.view': MemberResource;
  'member.view_ethnicity': MemberResource;
  'member.update': MemberResource;
  'member.change_status': MemberResource;
  'member.export': MemberResource;
  'eligibility.check': MemberResource;
  'member.move_branch': BranchMoveResource;
  'role.grant': RoleGrantResource;
  'rule_book.view': UnitResource;
  'rule_book.adopt': UnitResource;
}

/** An action of the party domain, e.g. `member.view`. */
export type PartyAction = keyof PartyResources;

/** Codes of the party domain's refusals. */
export type PartyDenialCode = 'not_in_party' | 'no_covering_role' | 'not_self' | 'cannot_grant';

const actionLabels: Readonly<Record<PartyAction, string>> = {
  'unit.view': 'viewing this unit',
  'unit.manage': 'managing this unit',
  'office.assign': "recording this unit's officers",
  'member.list': "seeing this unit's member list",
  'member.import': 'importing members into this unit',
  'roll.freeze': 'freezing a roll in this unit',
  'roll.view': "seeing this unit's rolls",
  'audit.view': "seeing this unit's audit log",
  'member.view': "seeing this member's details",
  'member.view_ethnicity': "seeing this member's ethnicity",
  'member.update': "editing this member's details",
  'member.change_status': "changing this member's status",
  'member.export': "downloading this member's data",
  'eligibility.check': "checking this member's eligibility",
  'member.move_branch': 'moving this member between branches',
  'role.grant': 'granting this role',
  'rule_book.view': 'seeing which rule book is in force',
  'rule_book.adopt': "changing the party's rule-book timeline",
};

/** Every action of the party domain, in the order of `PartyResources`. */
export const partyActions = Object.keys(actionLabels) as readonly PartyAction[];

const secretariesAndStaff: readonly Role[] = [
  'branch_secretary',
  'clp_secretary',
  'regional_officer',
  'national_officer',
];

type ScopedUnitAction = Exclude<
  { [A in PartyAction]: PartyResources[A] extends UnitResource ? A : never }[PartyAction],
  'unit.view'
>;

/** Roles that may take each unit action in their unit and every unit below it. */
export const unitActionRoles: Readonly<Record<ScopedUnitAction, readonly Role[]>> = {
  'unit.manage': [...secretariesAndStaff, 'admin'],
  'office.assign': [...secretariesAndStaff, 'admin'],
  'member.list': roles,
  'member.import': ['clp_secretary', 'regional_officer', 'national_officer'],
  'roll.freeze': secretariesAndStaff,
  'roll.view': roles,
  'audit.view': roles,
  // National officers read which edition is in force; the platform administrator records what the party adopted.
  'rule_book.view': ['national_officer', 'admin'],
  'rule_book.adopt': ['admin'],
};

/** Roles that may edit, change the status of, or move other members within their units. */
export const memberActionRoles: Readonly<
  Record<'member.update' | 'member.change_status' | 'member.move_branch', readonly Role[]>
> = {
  'member.update': secretariesAndStaff,
  'member.change_status': ['national_officer'],
  'member.move_branch': ['clp_secretary', 'regional_officer', 'national_officer'],
};

/** Roles each role-granting role may grant (branch and CLP roles come from holding office instead). */
export const grantableRoles: Readonly<Partial<Record<Role, readonly Role[]>>> = {
  admin: ['regional_officer', 'national_officer', 'admin'],
  national_officer: ['regional_officer'],
};

function deny(
  code: PartyDenialCode,
  action: PartyAction,
  needs: string,
  actor: Actor,
  context: AccessContext,
): Decision {
  const held = actor.grants.map((grant) => describeGrant(grant, context.tree));
  const holding = held.length === 0 ? 'you hold no officer role' : `you are ${held.join(', ')}`;
  return refused(code, `${actionLabels[action]} needs ${needs}; ${holding}`);
}

function listRoles(allowedRoles: readonly Role[]): string {
  return allowedRoles.map((role) => roleLabels[role]).join(', ');
}

function coveringGrant(
  actor: Actor,
  allowedRoles: readonly Role[],
  unitIds: readonly string[],
  context: AccessContext,
): RoleGrant | undefined {
  return actor.grants.find(
    (grant) =>
      allowedRoles.includes(grant.role) &&
      unitIds.every((unitId) => isWithin(context.tree, unitId, grant.unitId)),
  );
}

/** Allowed when a grant of one of the roles covers every unit. */
function byRole(
  actor: Actor,
  action: PartyAction,
  allowedRoles: readonly Role[],
  unitIds: readonly string[],
  context: AccessContext,
): Decision {
  if (coveringGrant(actor, allowedRoles, unitIds, context) !== undefined) return allowed;
  const names = unitIds.map((unitId) => getUnit(context.tree, unitId).name).join(' and ');
  return deny('no_covering_role', action, `${listRoles(allowedRoles)} covering ${names}`, actor, context);
}

function isSelf(actor: Actor, memberId: string): boolean {
  return actor.memberId !== null && actor.memberId === memberId;
}

const unitAction =
  (action: ScopedUnitAction) =>
  (actor: Actor, resource: UnitResource, context: AccessContext): Decision =>
    byRole(actor, action, unitActionRoles[action], [resource.unitId], context);

const seeMember =
  (action: 'member.view' | 'eligibility.check') =>
  (actor: Actor, resource: MemberResource, context: AccessContext): Decision => {
    if (isSelf(actor, resource.memberId)) return allowed;
    const access = visibleMemberFieldGroups(
      actor,
      { id: resource.memberId, branchId: resource.branchId },
      context,
    );
    if (access.basis !== 'self' && access.basis.length > 0) return allowed;
    return deny(
      'no_covering_role',
      action,
      "the member themselves or an officer role covering the member's branch",
      actor,
      context,
    );
  };

/** The party domain's policies: who may do what to units, members, rolls and role grants. */
export const partyPolicies: Policies<PartyResources, AccessContext> = {
  'unit.view': (actor, _resource, context) =>
    actor.memberId !== null || actor.grants.length > 0
      ? allowed
      : deny('not_in_party', 'unit.view', 'party membership or an officer role', actor, context),
  'unit.manage': unitAction('unit.manage'),
  'office.assign': unitAction('office.assign'),
  'member.list': unitAction('member.list'),
  'member.import': unitAction('member.import'),
  'roll.freeze': unitAction('roll.freeze'),
  'roll.view': unitAction('roll.view'),
  'audit.view': unitAction('audit.view'),
  'rule_book.view': unitAction('rule_book.view'),
  'rule_book.adopt': unitAction('rule_book.adopt'),
  'member.view': seeMember('member.view'),
  'eligibility.check': seeMember('eligibility.check'),
  'member.view_ethnicity': (actor, resource, context) => {
    if (isSelf(actor, resource.memberId)) return allowed;
    const seers = roles.filter((role) => context.ruleBook.party.memberDataAccess[role].includes('ethnicity'));
    if (coveringGrant(actor, seers, [resource.branchId], context) !== undefined) return allowed;
    const needs =
      seers.length === 0 ? 'the member themselves' : `the member themselves or ${listRoles(seers)}`;
    return deny(
      'no_covering_role',
      'member.view_ethnicity',
      `${needs} (${context.ruleBook.edition.title})`,
      actor,
      context,
    );
  },
  'member.update': (actor, resource, context) =>
    isSelf(actor, resource.memberId)
      ? allowed
      : byRole(actor, 'member.update', memberActionRoles['member.update'], [resource.branchId], context),
  'member.change_status': (actor, resource, context) =>
    byRole(
      actor,
      'member.change_status',
      memberActionRoles['member.change_status'],
      [resource.branchId],
      context,
    ),
  'member.export': (actor, resource, context) =>
    isSelf(actor, resource.memberId)
      ? allowed
      : deny('not_self', 'member.export', 'the member themselves', actor, context),
  'member.move_branch': (actor, resource, context) =>
    byRole(
      actor,
      'member.move_branch',
      memberActionRoles['member.move_branch'],
      [resource.fromBranchId, resource.toBranchId],
      context,
    ),
  'role.grant': (actor, { grant }, context) => {
    const granter = actor.grants.find(
      (held) =>
        grantableRoles[held.role]?.includes(grant.role) === true &&
        isWithin(context.tree, grant.unitId, held.unitId),
    );
    if (granter !== undefined) return allowed;
    const granters = roles.filter((role) => grantableRoles[role]?.includes(grant.role));
    const needs = granters.length === 0 ? 'holding office in the unit instead' : listRoles(granters);
    return deny('cannot_grant', 'role.grant', needs, actor, context);
  },
};

/** Decides whether an actor may take a party action on a resource; every officer route asks this. */
export function can<A extends PartyAction>(
  actor: Actor,
  action: A,
  resource: PartyResources[A],
  context: AccessContext,
): Decision {
  return decide(partyPolicies, actor, action, resource, context);
}
