import type { IsoDate } from './calendar-date';
import type { ContinuityRules } from './continuous-membership';
import type { MemberStatus } from './member';
import type { MemberFieldGroup } from './member-field-access';
import type { OfficeDefinition } from './office';
import type { Role } from './roles';
import type { UnitKind } from './unit';

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

/** Meeting rules from the model standing orders. */
export interface MeetingRules {
  /** Quorum as a fraction of members or delegates (null: set by each unit's standing orders). */
  readonly quorumFraction: number | null;
  readonly quorumLocalOverrideAllowed: boolean;
  /** Who approves a unit's own quorum. */
  readonly quorumOverrideApprovedBy: 'regional_executive' | 'regional_director' | null;
  /** Fraction of affiliated organisations and party units whose written request forces a special general meeting. */
  readonly specialMeetingRequisitionFraction: number | null;
}

/** How a sitting MP's trigger ballot is decided. */
export interface TriggerBallotRules {
  /** Fraction of party branches whose request triggers an open selection. */
  readonly branchThreshold: number;
  /** Fraction of affiliated branches whose request triggers an open selection. */
  readonly affiliateThreshold: number;
  /** Whether reaching either threshold suffices, or both are needed. */
  readonly combine: 'either' | 'both';
  /** Whether thresholds count branches that voted rather than all branches. */
  readonly denominator: 'all_branches' | 'branches_voting';
  readonly sittingMpAutomaticallyShortlisted: boolean;
}

/** Balance a candidate list must meet. */
export interface ListBalance {
  readonly minWomenFraction: number | null;
  readonly minBameCandidates: number | null;
}

/** Westminster selection procedure. */
export interface SelectionRules {
  readonly ballot: 'av_eliminate_lowest';
  readonly longlistedBy: 'nec_panel' | 'clp';
  readonly affiliateNomineesAutomaticallyLonglisted: boolean;
  readonly longlist: ListBalance | null;
  readonly shortlist: ListBalance;
  /** Who decides where all-women shortlists are used. */
  readonly allWomenShortlistsDecidedBy: 'nec' | null;
  /** Shortlisting panel where time is short (by-elections, snap elections). */
  readonly urgentShortlistingPanel: {
    readonly clpRepresentatives: number;
    readonly regionalRepresentatives: number;
    readonly necRepresentatives: number;
    readonly minDaysShortlistToHustings: number;
  } | null;
}

/** A route to enough support for a leadership nomination besides parliamentary nominations. */
export type SupportRoute =
  | { readonly kind: 'clps'; readonly fraction: number }
  | {
      readonly kind: 'affiliates';
      readonly minAffiliates: number;
      readonly minTradeUnions: number;
      readonly affiliatedMembershipFraction: number;
    };

/** Nominations a leadership candidate needs. */
export interface NominationThresholds {
  /** Fraction of the parliamentary party (null: not required). */
  readonly parliamentaryFraction: number | null;
  /** Further support needed by any one of these routes (empty: none). */
  readonly anyOf: readonly SupportRoute[];
  /** Individual member nominations needed (null: not required). */
  readonly memberNominations: number | null;
}

/** Leadership elections. */
export interface LeadershipRules {
  readonly ballot: 'av' | 'stv';
  readonly registeredSupporters: boolean;
  readonly affiliatedSupporters: boolean;
  readonly jointTicketsAllowed: boolean;
  readonly termYears: number | null;
  readonly vacancy: NominationThresholds;
  /** Challenging an incumbent (null: no challenge procedure in the preset). */
  readonly challenge: (NominationThresholds & { readonly incumbentAutomaticallyOnBallot: boolean }) | null;
}

/** The national executive's member-elected section. */
export interface NecRules {
  readonly clpSeats: number;
  readonly method: 'bloc' | 'stv_droop';
  readonly minWomen: number;
  readonly termYears: number;
}

/** CLP delegate entitlement to annual conference. */
export interface ConferenceDelegateRules {
  /** Members covered by the first delegate. */
  readonly firstDelegateMembers: number;
  /** Further members per extra delegate. */
  readonly membersPerExtraDelegate: number;
  readonly maxDelegates: number;
  readonly extraWomanAtWomenMembers: number;
  readonly extraYoungDelegateAtYoungMembers: number;
  readonly everySecondDelegateWoman: boolean;
}

/** Annual conference. */
export interface ConferenceRules {
  /** Items (a contemporary motion or a rule change) each CLP or affiliate may submit a year. */
  readonly submissionsPerUnit: number;
  readonly contemporaryMotionMaxHeadingWords: number;
  readonly contemporaryMotionMaxWords: number;
  /** Card-vote shares of the CLP and affiliate sections. */
  readonly cardVoteClpShare: number;
  readonly cardVoteAffiliateShare: number;
  /** Years a CLP rule change waits before debate (NEC amendments exempt). */
  readonly clpRuleChangeDelayYears: number;
  /** Topics each section picks in the priorities ballot. */
  readonly prioritiesPerSection: number;
  /** Conference majority for policy to enter the party programme. */
  readonly programmeMajority: number;
  readonly delegates: ConferenceDelegateRules | null;
}

/** A value in a preset that should be checked against the current primary document before relying on it. */
export interface PresetCaveat {
  /** Dotted path of the value, e.g. `meetings.quorumFraction`. */
  readonly path: string;
  readonly note: string;
}

/** A party's rule book at a point in time, as data: eligibility rules, offices, access to data and procedure settings. */
export interface RuleBookPreset {
  readonly id: string;
  readonly party: string;
  readonly title: string;
  readonly effectiveFrom: IsoDate;
  readonly membership: MembershipRules;
  readonly youngMembers: YoungMembersRules | null;
  /** Eligibility rules keyed by id, e.g. `selection.vote`. */
  readonly eligibility: Readonly<Record<string, EligibilityRule>>;
  readonly offices: Readonly<Record<UnitKind, readonly OfficeDefinition[]>>;
  /** Member field groups each role may see for members in its units (the member always sees all their own). */
  readonly memberDataAccess: Readonly<Record<Role, readonly MemberFieldGroup[]>>;
  readonly meetings: MeetingRules;
  readonly triggerBallot: TriggerBallotRules | null;
  readonly selection: SelectionRules | null;
  readonly leadership: LeadershipRules;
  readonly nec: NecRules | null;
  readonly conference: ConferenceRules | null;
  /** Whether member ballots offer "re-open nominations". */
  readonly includeReopenNominations: boolean;
  readonly caveats: readonly PresetCaveat[];
}
