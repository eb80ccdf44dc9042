import type { Role, RoleGrant } from '../access/roles';
import type { IsoDate } from '../dates/calendar-date';
import { getUnit, type UnitTree } from '../units/unit-tree';
import { isTermCurrent, type Office, type OfficeHolder } from './office';

/** The branch and CLP roles a member holds on a date through their current office terms. */
export function roleGrantsFromOffices(
  memberId: string,
  offices: readonly Office[],
  holders: readonly OfficeHolder[],
  tree: UnitTree,
  date: IsoDate,
): RoleGrant[] {
  const officesById = new Map(offices.map((office) => [office.id, office]));
  const grants = new Map<string, RoleGrant>();
  for (const holder of holders) {
    if (holder.memberId !== memberId || !isTermCurrent(holder, date)) continue;
    const office = officesById.get(holder.officeId);
    if (office === undefined) continue;
    const kind = getUnit(tree, office.unitId).kind;
    const secretary = office.authority === 'secretary';
    let role: Role | null = null;
    if (kind === 'branch') role = secretary ? 'branch_secretary' : 'branch_officer';
    if (kind === 'clp') role = secretary ? 'clp_secretary' : 'clp_officer';
    if (role !== null) grants.set(`${role}@${office.unitId}`, { role, unitId: office.unitId });
  }
  return [...grants.values()];
}
