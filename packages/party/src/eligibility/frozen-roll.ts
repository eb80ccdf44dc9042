import type { IsoDate } from '../dates/calendar-date';
import type { Member } from '../members/member';
import type { PartyRuleBook } from '../rule-book/party-rules';
import { getUnit, type UnitTree } from '../units/unit-tree';
import { evaluateEligibility } from './eligibility';
import type { Reason } from './eligibility-reason';

/** One member's line on a frozen roll. */
export interface RollEntry {
  readonly memberId: string;
  readonly eligible: boolean;
  readonly reasons: readonly Reason[];
}

/** The electorate of a ballot, meeting or selection frozen at a date: a snapshot that later edits do not change. */
export interface Roll {
  readonly id: string;
  readonly title: string;
  /** The unit whose members the roll covers (e.g. the CLP holding a selection). */
  readonly unitId: string;
  readonly editionId: string;
  readonly ruleId: string;
  readonly frozenAt: IsoDate;
  /** Open while the ballot or meeting it serves is running; branch moves off an open roll are blocked. */
  readonly state: 'open' | 'closed';
  readonly entries: readonly RollEntry[];
}

/** What to freeze: which unit, which rule of the rule book, at which date. */
export interface RollSpec {
  readonly id: string;
  readonly title: string;
  readonly unitId: string;
  readonly ruleId: string;
  readonly frozenAt: IsoDate;
}

/** Freezes a roll: every given member judged against the rule at the freeze date, including being in the unit then. */
export function freezeRoll(
  spec: RollSpec,
  members: readonly Member[],
  context: { readonly ruleBook: PartyRuleBook; readonly tree: UnitTree },
): Roll {
  getUnit(context.tree, spec.unitId);
  const entries = members.map((member): RollEntry => {
    const result = evaluateEligibility(member, spec.ruleId, {
      ruleBook: context.ruleBook,
      at: spec.frozenAt,
      unit: { unitId: spec.unitId, tree: context.tree },
    });
    return Object.freeze({
      memberId: member.id,
      eligible: result.eligible,
      reasons: Object.freeze(result.reasons),
    });
  });
  return Object.freeze({
    id: spec.id,
    title: spec.title,
    unitId: spec.unitId,
    editionId: context.ruleBook.edition.id,
    ruleId: spec.ruleId,
    frozenAt: spec.frozenAt,
    state: 'open',
    entries: Object.freeze(entries),
  });
}

/** A member's answer to "can I vote in X, and if not, why?" from a frozen roll. */
export interface RollStanding {
  readonly rollId: string;
  readonly onRoll: boolean;
  readonly eligible: boolean;
  readonly reasons: readonly Reason[];
  /** One sentence summing up the standing and, when ineligible, every failed condition. */
  readonly summary: string;
}

/** Looks a member up on a frozen roll and explains their standing. */
export function rollStandingOf(roll: Roll, memberId: string): RollStanding {
  const entry = roll.entries.find((candidate) => candidate.memberId === memberId);
  const frozen = `${roll.title} (roll frozen at ${roll.frozenAt})`;
  if (entry === undefined) {
    return {
      rollId: roll.id,
      onRoll: false,
      eligible: false,
      reasons: [],
      summary: `not on the roll for ${frozen}: the member was not in its electorate when it was frozen`,
    };
  }
  const failed = entry.reasons.filter((reason) => !reason.passed).map((reason) => reason.message);
  return {
    rollId: roll.id,
    onRoll: true,
    eligible: entry.eligible,
    reasons: entry.reasons,
    summary: entry.eligible ? `eligible for ${frozen}` : `not eligible for ${frozen}: ${failed.join('; ')}`,
  };
}
