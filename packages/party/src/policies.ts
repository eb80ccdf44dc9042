import { type AccessContext, visibleMemberFieldGroups } from './member-field-access';
import { type Actor, describeGrant, type Role, type RoleGrant, roleLabels, roles } from './roles';
import { getUnit, isWithin } from './unit-tree';

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

/** Each guarded action and the kind of resource it acts on. */
export interface PolicyResources {
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
}

/** An action guarded by a policy, e.g. `member.view`. */
export type Action = keyof PolicyResources;

/** Every guarded action. */
export const actions: readonly Action[] = [
  'unit.view',
  'unit.manage',
  'office.assign',
  'member.list',
  'member.import',
  'roll.freeze',
  'roll.view',
  'audit.view',
  'member.view',
  'member.view_ethnicity',
  'member.update',
  'member.change_status',
  'member.export',
  'eligibility.check',
  'member.move_branch',
  'role.grant',
];

/** A policy decision with the reason for it, fit to show the person refused. */
export interface Decision {
  readonly allowed: boolean;
  readonly reason: string;
}

type PolicyRequest = { [A in Action]: { readonly action: A; readonly resource: PolicyResources[A] } }[Action];

type ScopedUnitAction = Exclude<Extract<PolicyRequest, { resource: UnitResource }>['action'], 'unit.view'>;

const secretariesAndStaff: readonly Role[] = [
  'branch_secretary',
  'clp_secretary',
  'regional_officer',
  'national_officer',
];

/** Roles that may take each unit action in their unit and every unit below it. */
export const unitActionRoles: Readonly<Record<ScopedUnitAction, readonly Role[]>> = {
  'unit.manage': [...secretariesAndStaff, 'admin'],
  'office.assign': [...secretariesAndStaff, 'admin'],
  'member.list': roles,
  'member.import': ['clp_secretary', 'regional_officer', 'national_officer'],
  'roll.freeze': secretariesAndStaff,
  'roll.view': roles,
  'audit.view': roles,
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

const actionLabels: Readonly<Record<Action, string>> = {
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
};

function allow(reason: string): Decision {
  return { allowed: true, reason: `allowed: ${reason}` };
}

function deny(action: Action, needs: string, actor: Actor, context: AccessContext): Decision {
  const held = actor.grants.map((grant) => describeGrant(grant, context.tree));
  const holding = held.length === 0 ? 'you hold no officer role' : `you are ${held.join(', ')}`;
  return { allowed: false, reason: `denied: ${actionLabels[action]} needs ${needs}; ${holding}` };
}

function listRoles(allowed: readonly Role[]): string {
  return allowed.map((role) => roleLabels[role]).join(', ');
}

function coveringGrant(
  actor: Actor,
  allowed: readonly Role[],
  unitIds: readonly string[],
  context: AccessContext,
): RoleGrant | undefined {
  return actor.grants.find(
    (grant) =>
      allowed.includes(grant.role) && unitIds.every((unitId) => isWithin(context.tree, unitId, grant.unitId)),
  );
}

function byRole(
  actor: Actor,
  action: Action,
  allowed: readonly Role[],
  unitIds: readonly string[],
  context: AccessContext,
): Decision {
  const names = unitIds.map((unitId) => getUnit(context.tree, unitId).name).join(' and ');
  const grant = coveringGrant(actor, allowed, unitIds, context);
  if (grant !== undefined)
    return allow(`you are ${describeGrant(grant, context.tree)}, which covers ${names}`);
  return deny(action, `${listRoles(allowed)} covering ${names}`, actor, context);
}

function isSelf(actor: Actor, memberId: string): boolean {
  return actor.memberId !== null && actor.memberId === memberId;
}

function decide(actor: Actor, request: PolicyRequest, context: AccessContext): Decision {
  switch (request.action) {
    case 'unit.view': {
      const unit = getUnit(context.tree, request.resource.unitId);
      if (actor.memberId !== null || actor.grants.length > 0)
        return allow(`party members may view ${unit.name}`);
      return deny(request.action, 'party membership or an officer role', actor, context);
    }
    case 'unit.manage':
    case 'office.assign':
    case 'member.list':
    case 'member.import':
    case 'roll.freeze':
    case 'roll.view':
    case 'audit.view':
      return byRole(
        actor,
        request.action,
        unitActionRoles[request.action],
        [request.resource.unitId],
        context,
      );
    case 'member.view':
    case 'eligibility.check': {
      if (isSelf(actor, request.resource.memberId)) return allow('this is your own record');
      const { memberId, branchId } = request.resource;
      const access = visibleMemberFieldGroups(actor, { id: memberId, branchId }, context);
      if (access.basis !== 'self' && access.basis[0] !== undefined) {
        return allow(
          `you are ${describeGrant(access.basis[0], context.tree)}, which covers the member's branch`,
        );
      }
      return deny(
        request.action,
        "the member themselves or an officer role covering the member's branch",
        actor,
        context,
      );
    }
    case 'member.view_ethnicity': {
      if (isSelf(actor, request.resource.memberId)) return allow('this is your own record');
      const seers = context.preset.memberDataAccess;
      const allowed = roles.filter((role) => seers[role].includes('ethnicity'));
      const needs =
        allowed.length === 0 ? 'the member themselves' : `the member themselves or ${listRoles(allowed)}`;
      const grant = coveringGrant(actor, allowed, [request.resource.branchId], context);
      if (grant !== undefined) {
        return allow(`the ${context.preset.title} lets ${describeGrant(grant, context.tree)} see ethnicity`);
      }
      return deny(request.action, `${needs} (${context.preset.title})`, actor, context);
    }
    case 'member.update':
      if (isSelf(actor, request.resource.memberId)) return allow('this is your own record');
      return byRole(
        actor,
        request.action,
        memberActionRoles[request.action],
        [request.resource.branchId],
        context,
      );
    case 'member.change_status':
      return byRole(
        actor,
        request.action,
        memberActionRoles[request.action],
        [request.resource.branchId],
        context,
      );
    case 'member.export':
      if (isSelf(actor, request.resource.memberId)) return allow('members may download all their own data');
      return deny(request.action, 'the member themselves', actor, context);
    case 'member.move_branch': {
      const { fromBranchId, toBranchId } = request.resource;
      return byRole(
        actor,
        request.action,
        memberActionRoles[request.action],
        [fromBranchId, toBranchId],
        context,
      );
    }
    case 'role.grant': {
      const { grant } = request.resource;
      const granter = actor.grants.find(
        (held) =>
          grantableRoles[held.role]?.includes(grant.role) === true &&
          isWithin(context.tree, grant.unitId, held.unitId),
      );
      if (granter !== undefined) {
        return allow(`${roleLabels[granter.role]}s may grant the ${roleLabels[grant.role]} role`);
      }
      const granters = roles.filter((role) => grantableRoles[role]?.includes(grant.role));
      const needs = granters.length === 0 ? 'holding office in the unit instead' : listRoles(granters);
      return deny(request.action, needs, actor, context);
    }
  }
}

/** Decides whether an actor may take an action on a resource, with the reason; every officer route should ask this. */
export function can<A extends Action>(
  actor: Actor,
  action: A,
  resource: PolicyResources[A],
  context: AccessContext,
): Decision {
  // Sound: PolicyRequest pairs each action with its own resource type, exactly as the signature does.
  return decide(actor, { action, resource } as PolicyRequest, context);
}
