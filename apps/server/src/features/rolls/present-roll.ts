import { type Actor, can, visibleMemberFieldGroups } from '@caucus/party';
import type { z } from '@hono/zod-openapi';
import { unitName } from '../../context/present-member';
import type { PartyContext } from '../../context/request-context';
import { reasonsOf, ruleOfRoll } from '../../context/stored-roll';
import type { RollWithCounts } from './freeze-unit-roll';
import type { RollDetail } from './get-roll';
import type { RollDetailSchema, RollSummarySchema } from './rolls.schema';

/** A roll's header and counts, with what the actor may do with it. */
export function presentRollSummary(
  actor: Actor,
  { roll, entries, eligible }: RollWithCounts,
  context: PartyContext,
): z.input<typeof RollSummarySchema> {
  const { ruleTitle, ruleBookTitle } = ruleOfRoll(roll);
  return {
    id: roll.id,
    title: roll.title,
    unitId: roll.unitId,
    unitName: unitName(context, roll.unitId),
    editionId: roll.editionId,
    ruleBookTitle,
    ruleId: roll.ruleId,
    ruleTitle,
    frozenAt: roll.frozenAt,
    state: roll.state,
    createdAt: roll.createdAt.toISOString(),
    entries,
    eligible,
    permissions: {
      close:
        roll.state === 'open' &&
        can(actor, 'roll.freeze', { type: 'unit', unitId: roll.unitId }, context).allowed,
    },
  };
}

/** A roll with its lines; a line's reasons only where the actor may see that member's membership details. */
export function presentRollDetail(
  actor: Actor,
  detail: RollDetail,
  context: PartyContext,
): z.input<typeof RollDetailSchema> {
  const lines = detail.lines.map(({ entry, member }) => ({
    memberId: member.id,
    name: `${member.firstName} ${member.lastName}`,
    branchName: unitName(context, member.branchId),
    eligible: entry.eligible,
    reasons: visibleMemberFieldGroups(actor, member, context).groups.includes('membership')
      ? reasonsOf(entry)
      : null,
  }));
  lines.sort((a, b) => a.name.localeCompare(b.name));
  return {
    ...presentRollSummary(
      actor,
      { roll: detail.roll, entries: detail.lines.length, eligible: detail.eligible },
      context,
    ),
    lines,
  };
}
