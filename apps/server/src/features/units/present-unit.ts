import { type Actor, ancestorsOf, can } from '@caucus/party';
import type { z } from '@hono/zod-openapi';
import type { PartyContext } from '../../context/request-context';
import type { UnitDetail } from './get-unit';
import type { UnitDetailSchema } from './units.schema';

/** A unit's page with what the actor may do there (as the party's policies decide). */
export function presentUnit(
  actor: Actor,
  detail: UnitDetail,
  context: PartyContext,
): z.input<typeof UnitDetailSchema> {
  const { unit } = detail;
  const allowed = (
    action:
      | 'unit.manage'
      | 'member.list'
      | 'member.import'
      | 'office.assign'
      | 'roll.freeze'
      | 'roll.view'
      | 'audit.view'
      | 'rule_book.view',
  ) => can(actor, action, { type: 'unit', unitId: unit.id }, context).allowed;
  return {
    unit,
    ancestors: ancestorsOf(context.tree, unit.id),
    children: (context.tree.children.get(unit.id) ?? []).map((child) => ({
      ...child,
      members: detail.membersWithin.get(child.id) ?? 0,
    })),
    members: detail.membersWithin.get(unit.id) ?? 0,
    officers: [...detail.officers],
    affiliatedBranches: detail.affiliatedBranches.map((branch) => {
      const affiliate = detail.affiliates.get(branch.affiliateId);
      return {
        id: branch.id,
        name: branch.name,
        affiliate: affiliate?.name ?? branch.affiliateId,
        affiliateKind: affiliate?.kind ?? 'trade_union',
        affiliatedMembership: branch.affiliatedMembership,
      };
    }),
    ruleBookTitle: context.ruleBook.edition.title,
    permissions: {
      manage: allowed('unit.manage'),
      listMembers: allowed('member.list'),
      importMembers: allowed('member.import'),
      assignOfficers: allowed('office.assign'),
      freezeRolls: allowed('roll.freeze'),
      viewRolls: allowed('roll.view'),
      viewAudit: allowed('audit.view'),
      viewRuleBook: allowed('rule_book.view'),
    },
  };
}
