import type { MemberFieldGroup } from '../access/member-field-access';
import type { Role } from '../access/roles';
import type { ContinuityRules } from '../members/continuous-membership';
import type { MemberStatus } from '../members/member';
import type { OfficeDefinition } from '../offices/office';
import type { UnitKind } from '../units/unit';
import type { RuleBookEdition } from './edition';

/** A length of membership, e.g. 6 months or 8 weeks. */
export interface MembershipLength {
  readonly amount: number;
  readonly unit: 'months' | 'weeks';
}

/** Which trade-union membership satisfies a rule: any union, a TUC-affiliated one, or one affiliated to the party. */
export type TradeUnionRequirement = 'any_union' | 'tuc_affiliated' | 'party_affiliated';

/** One test an eligibility rule applies to a member at a date. */
export type EligibilityCondition =
  | { readonly kind: 'status'; readonly allowed: readonly MemberStatus[] }
  | { readonly kind: 'continuous_membership'; readonly minimum: MembershipLength }
  | { readonly kind: 'no_arrears' }
  | { readonly kind: 'trade_union'; readonly requirement: TradeUnionRequirement }
  | { readonly kind: 'age'; readonly minimum: number | null; readonly maximumExclusive: number | null };

/** A named eligibility rule: every condition must hold. */
export interface EligibilityRule {
  readonly id: string;
  /** What the rule decides, e.g. "Vote in a parliamentary selection". */
  readonly title: string;
  /** Where the rule book (or NEC guidance) says so. */
  readonly source: string;
  readonly conditions: readonly EligibilityCondition[];
}

/** How membership standing is judged. */
export interface MembershipRules {
  readonly continuity: ContinuityRules;
  /** Days after `paidUpTo` before a member counts as in arrears. */
  readonly arrearsGraceDays: number;
}

/** The party's youth section, defined by age. */
export interface YoungMembersRules {
  readonly name: string;
  readonly maximumAgeExclusive: number;
}

/** The party section of the rule book: membership standing, eligibility rules, offices and access to members' data. */
export interface PartyRules {
  readonly membership: MembershipRules;
  readonly youngMembers: YoungMembersRules | null;
  /** Eligibility rules keyed by id, e.g. `selection.vote`. */
  readonly eligibility: Readonly<Record<string, EligibilityRule>>;
  readonly offices: Readonly<Record<UnitKind, readonly OfficeDefinition[]>>;
  /** Member field groups each role may see for members in its units (the member always sees all their own). */
  readonly memberDataAccess: Readonly<Record<Role, readonly MemberFieldGroup[]>>;
}

/** What the party domain reads of a rule book: the edition (for its title in messages) and the party section. */
export interface PartyRuleBook {
  readonly edition: RuleBookEdition;
  readonly party: PartyRules;
}
