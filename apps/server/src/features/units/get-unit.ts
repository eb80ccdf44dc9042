import {
  countMembersByBranch,
  listAffiliatedBranches,
  listAffiliates,
  listMemberNames,
  listOfficeHolders,
  listOffices,
} from '@caucus/db';
import { type Actor, ancestorsOf, can, descendantsOf, isTermCurrent, type Unit } from '@caucus/party';
import type { AppDeps } from '../../http/env';
import type { PartyContext } from '../party/party-context';

/** The officers of a unit today: each office with its current holder, if any. */
export async function currentOfficers(deps: AppDeps, context: PartyContext, unitId: string) {
  const offices = await listOffices(deps.database.db, [unitId]);
  const holders = (
    await listOfficeHolders(
      deps.database.db,
      offices.map((office) => office.id),
    )
  ).filter((holder) => isTermCurrent(holder, context.today));
  const names = await listMemberNames(
    deps.database.db,
    holders.map((holder) => holder.memberId),
  );
  return offices.map((office) => {
    const holder = holders.find((candidate) => candidate.officeId === office.id);
    const name = holder === undefined ? undefined : names.get(holder.memberId);
    return {
      officeId: office.id,
      key: office.key,
      title: office.title,
      authority: office.authority,
      holder:
        holder === undefined
          ? null
          : {
              memberId: holder.memberId,
              name: name === undefined ? 'unknown member' : `${name.firstName} ${name.lastName}`,
              from: holder.from,
              to: holder.to,
            },
    };
  });
}

/** A unit's page: where it sits, its officers, branches, affiliated branches and what the actor may do there. */
export async function getUnit(deps: AppDeps, actor: Actor, context: PartyContext, unit: Unit) {
  const { tree } = context;
  const unitId = unit.id;
  const counts = await countMembersByBranch(deps.database.db);
  const membersWithin = (id: string) =>
    [id, ...descendantsOf(tree, id).map((descendant) => descendant.id)].reduce(
      (sum, branchId) => sum + (counts.get(branchId) ?? 0),
      0,
    );
  const children = (tree.children.get(unitId) ?? []).map((child) => ({
    ...child,
    members: membersWithin(child.id),
  }));
  const clpIds = unit.kind === 'clp' ? [unit.id] : [];
  const [affiliated, affiliates] = await Promise.all([
    listAffiliatedBranches(deps.database.db, clpIds),
    listAffiliates(deps.database.db),
  ]);
  const affiliateById = new Map(affiliates.map((affiliate) => [affiliate.id, affiliate]));
  const allowed = (
    action: 'member.list' | 'member.import' | 'office.assign' | 'roll.freeze' | 'roll.view' | 'audit.view',
  ) => can(actor, action, { type: 'unit', unitId }, context).allowed;
  return {
    unit,
    ancestors: ancestorsOf(tree, unitId),
    children,
    members: membersWithin(unitId),
    officers: await currentOfficers(deps, context, unitId),
    affiliatedBranches: affiliated.map((branch) => ({
      id: branch.id,
      name: branch.name,
      affiliate: affiliateById.get(branch.affiliateId)?.name ?? branch.affiliateId,
      affiliateKind: affiliateById.get(branch.affiliateId)?.kind ?? 'trade_union',
      affiliatedMembership: branch.affiliatedMembership,
    })),
    presetTitle: context.preset.title,
    permissions: {
      listMembers: allowed('member.list'),
      importMembers: allowed('member.import'),
      assignOfficers: allowed('office.assign'),
      freezeRolls: allowed('roll.freeze'),
      viewRolls: allowed('roll.view'),
      viewAudit: allowed('audit.view'),
    },
  };
}
