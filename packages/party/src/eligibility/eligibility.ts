import { ageBandRanges, ageOn } from '../dates/age-band';
import { addDays, addMonths, type IsoDate } from '../dates/calendar-date';
import { UnknownRuleError } from '../errors';
import { isInArrearsAt } from '../members/arrears';
import { continuousMembershipAt } from '../members/continuous-membership';
import type { Member, MemberStatus, TradeUnionMembership } from '../members/member';
import { branchAt, statusAt } from '../members/member-history';
import type {
  EligibilityCondition,
  EligibilityRule,
  PartyRuleBook,
  TradeUnionRequirement,
} from '../rule-book/party-rules';
import { getUnit, isWithin, type UnitTree } from '../units/unit-tree';
import type {
  AgeReason,
  ArrearsReason,
  ContinuousMembershipReason,
  Reason,
  StatusReason,
  TradeUnionReason,
  UnitReason,
} from './eligibility-reason';

/** What an eligibility decision is judged against. */
export interface EligibilityContext {
  readonly ruleBook: PartyRuleBook;
  /** The date eligibility is judged at, usually a roll's freeze date. */
  readonly at: IsoDate;
  /** How the date is described in reasons; "freeze date" unless given. */
  readonly dateLabel?: string;
  /** When given, the member must also have been in this unit (or a branch below it) on the date. */
  readonly unit?: { readonly unitId: string; readonly tree: UnitTree };
}

/** A yes/no eligibility decision with a reason for every condition tested. */
export interface EligibilityResult {
  readonly editionId: string;
  readonly ruleId: string;
  readonly ruleTitle: string;
  readonly at: IsoDate;
  readonly eligible: boolean;
  readonly reasons: readonly Reason[];
}

const DAYS_PER_WEEK = 7;

const unionRequirementLabels: Readonly<Record<TradeUnionRequirement, string>> = {
  any_union: 'a trade union',
  tuc_affiliated: 'a TUC-affiliated union',
  party_affiliated: 'a union affiliated to the party',
};

function possessive(count: number, unit: 'month' | 'week'): string {
  return count === 1 ? `1 ${unit}'s` : `${count} ${unit}s'`;
}

function quantity(count: number, unit: 'month' | 'week'): string {
  return count === 1 ? `1 ${unit}` : `${count} ${unit}s`;
}

function describeWhen(context: EligibilityContext): string {
  return `${context.dateLabel ?? 'freeze date'} ${context.at}`;
}

function describeStatus(status: MemberStatus | null): string {
  return status ?? 'not a member';
}

function checkStatus(
  member: Member,
  allowed: readonly MemberStatus[],
  at: IsoDate,
  when: string,
): StatusReason {
  const status = statusAt(member, at);
  const passed = status !== null && allowed.includes(status);
  const joinedLater = status === null ? ` (joined ${member.joinedOn})` : '';
  const needs = passed ? '' : `; needs ${allowed.join(' or ')}`;
  return {
    kind: 'status',
    passed,
    status,
    allowed,
    message: `membership status at ${when}: ${describeStatus(status)}${joinedLater}${needs}`,
  };
}

function checkContinuity(
  member: Member,
  condition: Extract<EligibilityCondition, { kind: 'continuous_membership' }>,
  context: EligibilityContext,
  when: string,
): ContinuousMembershipReason {
  const { minimum } = condition;
  const spell = continuousMembershipAt(member, context.at, context.ruleBook.party.membership.continuity);
  const unitName = minimum.unit === 'months' ? 'month' : 'week';
  const held = minimum.unit === 'months' ? spell.months : Math.floor(spell.days / DAYS_PER_WEEK);
  const base = {
    kind: 'continuous_membership',
    required: minimum,
    previousSpellEnded: spell.previousSpellEnded,
  } as const;
  if (spell.since === null) {
    return {
      ...base,
      passed: false,
      since: null,
      held: 0,
      qualifiesOn: null,
      message: `not a member at ${when}: no continuous membership, ${quantity(minimum.amount, unitName)} needed`,
    };
  }
  const qualifiesOn =
    minimum.unit === 'months'
      ? addMonths(spell.since, minimum.amount)
      : addDays(spell.since, minimum.amount * DAYS_PER_WEEK);
  const passed = qualifiesOn <= context.at;
  const start =
    spell.previousSpellEnded === null
      ? `joined ${spell.since}`
      : `rejoined ${spell.since} after membership ended ${spell.previousSpellEnded}`;
  const later = passed ? '' : ` (qualifies on ${qualifiesOn})`;
  return {
    ...base,
    passed,
    since: spell.since,
    held,
    qualifiesOn,
    message: `${start}: ${possessive(held, unitName)} continuous membership at ${when}, ${minimum.amount} needed${later}`,
  };
}

function checkArrears(member: Member, context: EligibilityContext, when: string): ArrearsReason {
  const graceDays = context.ruleBook.party.membership.arrearsGraceDays;
  const passed = !isInArrearsAt(member, context.at, graceDays);
  const grace = graceDays > 0 ? ` plus ${graceDays} days' grace` : '';
  let message: string;
  if (member.paidUpTo === null) message = `in arrears at ${when}: no subscription payment recorded`;
  else if (passed) message = `paid up to ${member.paidUpTo}${grace}, covering ${when}`;
  else message = `in arrears at ${when}: paid up only to ${member.paidUpTo}${grace}`;
  return { kind: 'no_arrears', passed, paidUpTo: member.paidUpTo, graceDays, message };
}

function unionHeldAt(membership: TradeUnionMembership, at: IsoDate): boolean {
  return (
    (membership.from === null || membership.from <= at) && (membership.to === null || at <= membership.to)
  );
}

function unionQualifies(membership: TradeUnionMembership, requirement: TradeUnionRequirement): boolean {
  if (requirement === 'tuc_affiliated') return membership.tucAffiliated;
  if (requirement === 'party_affiliated') return membership.affiliateId !== null;
  return true;
}

function checkTradeUnion(
  member: Member,
  requirement: TradeUnionRequirement,
  at: IsoDate,
  when: string,
): TradeUnionReason {
  const held = member.tradeUnions.filter((membership) => unionHeldAt(membership, at));
  const qualifying = held.find((membership) => unionQualifies(membership, requirement));
  const label = unionRequirementLabels[requirement];
  if (qualifying !== undefined) {
    return {
      kind: 'trade_union',
      passed: true,
      requirement,
      union: qualifying.union,
      message: `member of ${qualifying.union}, ${label}, at ${when}`,
    };
  }
  const others = held.map((membership) => membership.union).join(', ');
  const detail = others === '' ? 'no trade-union membership recorded' : `${others} is not ${label}`;
  return {
    kind: 'trade_union',
    passed: false,
    requirement,
    union: null,
    message: `needs membership of ${label} at ${when}: ${detail}`,
  };
}

function describeAgeLimit(minimum: number | null, maximumExclusive: number | null): string {
  const parts: string[] = [];
  if (minimum !== null) parts.push(`at least ${minimum}`);
  if (maximumExclusive !== null) parts.push(`under ${maximumExclusive}`);
  return parts.join(' and ');
}

function checkAge(
  member: Member,
  condition: Extract<EligibilityCondition, { kind: 'age' }>,
  at: IsoDate,
  when: string,
): AgeReason {
  const { minimum, maximumExclusive } = condition;
  const limit = describeAgeLimit(minimum, maximumExclusive);
  const fits = (low: number, high: number) =>
    (minimum === null || low >= minimum) && (maximumExclusive === null || high < maximumExclusive);
  const base = { kind: 'age', minimum, maximumExclusive } as const;
  if (member.dateOfBirth !== null) {
    const age = ageOn(member.dateOfBirth, at);
    const passed = fits(age, age);
    return { ...base, passed, age, ageBand: null, message: `aged ${age} at ${when}; must be ${limit}` };
  }
  if (member.ageBand !== null) {
    const range = ageBandRanges[member.ageBand];
    const passed = fits(range.min, range.max ?? Number.POSITIVE_INFINITY);
    const band = range.max === null ? `${range.min}+` : `${range.min}–${range.max}`;
    return {
      ...base,
      passed,
      age: null,
      ageBand: member.ageBand,
      message: `recorded age band ${band} (no date of birth held); must be ${limit}`,
    };
  }
  return { ...base, passed: false, age: null, ageBand: null, message: `no age recorded; must be ${limit}` };
}

function checkUnit(member: Member, unitId: string, tree: UnitTree, at: IsoDate, when: string): UnitReason {
  const unit = getUnit(tree, unitId);
  const branchId = branchAt(member, at);
  if (branchId === null) {
    return { kind: 'unit', passed: false, unitId, branchId, message: `not in any branch at ${when}` };
  }
  const branch = tree.byId.get(branchId);
  const branchName = branch?.name ?? branchId;
  const passed = branch !== undefined && isWithin(tree, branchId, unitId);
  const message = passed
    ? `in ${branchName} at ${when}, within ${unit.name}`
    : `in ${branchName} at ${when}, outside ${unit.name}`;
  return { kind: 'unit', passed, unitId, branchId, message };
}

function checkCondition(
  member: Member,
  condition: EligibilityCondition,
  context: EligibilityContext,
): Reason {
  const when = describeWhen(context);
  switch (condition.kind) {
    case 'status':
      return checkStatus(member, condition.allowed, context.at, when);
    case 'continuous_membership':
      return checkContinuity(member, condition, context, when);
    case 'no_arrears':
      return checkArrears(member, context, when);
    case 'trade_union':
      return checkTradeUnion(member, condition.requirement, context.at, when);
    case 'age':
      return checkAge(member, condition, context.at, when);
  }
}

/** Evaluates a member against an eligibility rule at a date: eligible only if every condition passes. */
export function evaluateRule(
  member: Member,
  rule: EligibilityRule,
  context: EligibilityContext,
): EligibilityResult {
  const reasons: Reason[] = [];
  if (context.unit !== undefined) {
    reasons.push(
      checkUnit(member, context.unit.unitId, context.unit.tree, context.at, describeWhen(context)),
    );
  }
  for (const condition of rule.conditions) reasons.push(checkCondition(member, condition, context));
  return {
    editionId: context.ruleBook.edition.id,
    ruleId: rule.id,
    ruleTitle: rule.title,
    at: context.at,
    eligible: reasons.every((reason) => reason.passed),
    reasons,
  };
}

/** Evaluates a member against the rule book's rule with this id; throws `UnknownRuleError`. */
export function evaluateEligibility(
  member: Member,
  ruleId: string,
  context: EligibilityContext,
): EligibilityResult {
  const rule = context.ruleBook.party.eligibility[ruleId];
  if (rule === undefined) throw new UnknownRuleError(context.ruleBook.edition.id, ruleId);
  return evaluateRule(member, rule, context);
}
