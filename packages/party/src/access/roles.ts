import { InvalidRoleGrantError } from '../errors';
import type { UnitKind } from '../units/unit';
import { getUnit, type UnitTree } from '../units/unit-tree';

/** Officer and staff roles, each held in one unit and reaching every unit below it. */
export const roles = [
  'branch_officer',
  'branch_secretary',
  'clp_officer',
  'clp_secretary',
  'regional_officer',
  'national_officer',
  'admin',
] as const;

/** A role held in a unit; being a member needs no role (`Actor.memberId`). */
export type Role = (typeof roles)[number];

/** A role held in a unit. */
export interface RoleGrant {
  readonly role: Role;
  readonly unitId: string;
}

/** Someone signed in: their member record (if they are a member) and the roles they hold. */
export interface Actor {
  readonly userId: string;
  readonly memberId: string | null;
  readonly grants: readonly RoleGrant[];
}

/** The unit kinds in which each role can be held. */
export const roleUnitKinds: Readonly<Record<Role, readonly UnitKind[]>> = {
  branch_officer: ['branch'],
  branch_secretary: ['branch'],
  clp_officer: ['clp'],
  clp_secretary: ['clp'],
  regional_officer: ['region', 'nation'],
  national_officer: ['national'],
  admin: ['national'],
};

/** How each role is shown to users. */
export const roleLabels: Readonly<Record<Role, string>> = {
  branch_officer: 'branch officer',
  branch_secretary: 'branch secretary',
  clp_officer: 'CLP officer',
  clp_secretary: 'CLP secretary',
  regional_officer: 'regional officer',
  national_officer: 'national officer',
  admin: 'administrator',
};

/** Checks that a grant's unit exists and is of a kind the role can be held in; throws `InvalidRoleGrantError`. */
export function assertValidRoleGrant(grant: RoleGrant, tree: UnitTree): void {
  const unit = tree.byId.get(grant.unitId);
  if (unit === undefined)
    throw new InvalidRoleGrantError(`${grant.role} names unknown unit "${grant.unitId}"`);
  if (!roleUnitKinds[grant.role].includes(unit.kind)) {
    throw new InvalidRoleGrantError(
      `${roleLabels[grant.role]} cannot be held in ${unit.kind} "${unit.name}"; allowed: ${roleUnitKinds[grant.role].join(', ')}`,
    );
  }
}

/** "CLP secretary of Hartlepool CLP": a grant described for people. */
export function describeGrant(grant: RoleGrant, tree: UnitTree): string {
  return `${roleLabels[grant.role]} of ${getUnit(tree, grant.unitId).name}`;
}
