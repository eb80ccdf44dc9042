import {
  type AffiliatedBranchRecord,
  type AffiliateRecord,
  countMembersByBranch,
  listAffiliatedBranches,
  listAffiliates,
} from '@caucus/db';
import { descendantsOf, type Unit } from '@caucus/party';
import type { PartyContext } from '../../context/request-context';
import type { AppDeps } from '../../http/env';
import { type CurrentOfficer, currentOfficers } from './current-officers';

/** What a unit's page shows: the unit, its officers, member counts and affiliated branches. */
export interface UnitDetail {
  readonly unit: Unit;
  readonly membersWithin: ReadonlyMap<string, number>;
  readonly officers: readonly CurrentOfficer[];
  readonly affiliatedBranches: readonly AffiliatedBranchRecord[];
  readonly affiliates: ReadonlyMap<string, AffiliateRecord>;
}

/** Reads a unit's page: its officers today, members per child unit and (for a CLP) its affiliated branches. */
export async function getUnit(deps: AppDeps, context: PartyContext, unit: Unit): Promise<UnitDetail> {
  const { tree } = context;
  const counts = await countMembersByBranch(deps.database.db);
  const membersWithin = new Map<string, number>();
  for (const id of [unit.id, ...(tree.children.get(unit.id) ?? []).map((child) => child.id)]) {
    membersWithin.set(
      id,
      [id, ...descendantsOf(tree, id).map((descendant) => descendant.id)].reduce(
        (sum, branchId) => sum + (counts.get(branchId) ?? 0),
        0,
      ),
    );
  }
  const [affiliatedBranches, affiliates, officers] = await Promise.all([
    listAffiliatedBranches(deps.database.db, unit.kind === 'clp' ? [unit.id] : []),
    listAffiliates(deps.database.db),
    currentOfficers(deps, context, unit.id),
  ]);
  return {
    unit,
    membersWithin,
    officers,
    affiliatedBranches,
    affiliates: new Map(affiliates.map((affiliate) => [affiliate.id, affiliate])),
  };
}
