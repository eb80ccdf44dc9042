import type { AgeBand } from '../dates/age-band';
import type { IsoDate } from '../dates/calendar-date';
import type { MemberStatus } from '../members/member';
import type { MembershipLength, TradeUnionRequirement } from '../rule-book/party-rules';

interface ReasonBase {
  readonly passed: boolean;
  /** A sentence for people, e.g. "joined 2024-03-01: 5 months' continuous membership at freeze date 2024-08-01, 6 needed". */
  readonly message: string;
}

/** Explanation of the status test. */
export interface StatusReason extends ReasonBase {
  readonly kind: 'status';
  /** Status on the date; null when not yet a member. */
  readonly status: MemberStatus | null;
  readonly allowed: readonly MemberStatus[];
}

/** Explanation of the continuous-membership test. */
export interface ContinuousMembershipReason extends ReasonBase {
  readonly kind: 'continuous_membership';
  /** Start of the unbroken spell including the date, or null when not a member. */
  readonly since: IsoDate | null;
  /** When a gap broke continuity: the date the previous spell ended. */
  readonly previousSpellEnded: IsoDate | null;
  /** Whole months or weeks held, in the unit of `required`. */
  readonly held: number;
  readonly required: MembershipLength;
  /** The first date on which the current spell meets the requirement, or null when not a member. */
  readonly qualifiesOn: IsoDate | null;
}

/** Explanation of the arrears test. */
export interface ArrearsReason extends ReasonBase {
  readonly kind: 'no_arrears';
  readonly paidUpTo: IsoDate | null;
  readonly graceDays: number;
}

/** Explanation of the trade-union test. */
export interface TradeUnionReason extends ReasonBase {
  readonly kind: 'trade_union';
  readonly requirement: TradeUnionRequirement;
  /** The qualifying union, or null. */
  readonly union: string | null;
}

/** Explanation of the age test. */
export interface AgeReason extends ReasonBase {
  readonly kind: 'age';
  /** Age on the date when the date of birth is held. */
  readonly age: number | null;
  /** The recorded age band when only that is held. */
  readonly ageBand: AgeBand | null;
  readonly minimum: number | null;
  readonly maximumExclusive: number | null;
}

/** Explanation of the test that the member was in the ballot's unit on the date. */
export interface UnitReason extends ReasonBase {
  readonly kind: 'unit';
  readonly unitId: string;
  /** The member's branch on the date, or null. */
  readonly branchId: string | null;
}

/** One passed or failed condition of an eligibility decision, with the facts it rests on. */
export type Reason =
  | StatusReason
  | ContinuousMembershipReason
  | ArrearsReason
  | TradeUnionReason
  | AgeReason
  | UnitReason;
