import { z } from 'zod';
import { type AgeBand, ageBandNames } from '../dates/age-band';
import { type IsoDate, isoDateSchema } from '../dates/calendar-date';
import { postcodeSchema } from './postcode';

/** Membership statuses a national membership system records. */
export const memberStatuses = [
  'pending',
  'active',
  'suspended',
  'lapsed',
  'resigned',
  'expelled',
  'deceased',
] as const;

/** A membership status: `pending` awaits approval, `suspended` is an administrative suspension, `lapsed` left by arrears. */
export type MemberStatus = (typeof memberStatuses)[number];

/** A change of membership status taking effect on a date. */
export interface StatusChange {
  readonly on: IsoDate;
  readonly status: MemberStatus;
  readonly note: string | null;
}

/** A move into a branch on a date; the first move (from null) is the branch the member joined. */
export interface BranchMove {
  readonly on: IsoDate;
  readonly from: string | null;
  readonly to: string;
}

/** Membership of a trade union, optionally dated, linked to its `Affiliate` record when the union is affiliated. */
export interface TradeUnionMembership {
  readonly union: string;
  readonly affiliateId: string | null;
  readonly tucAffiliated: boolean;
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
}

/** The ways a member has agreed to be contacted by the party. */
export interface ContactConsent {
  readonly email: boolean;
  readonly phone: boolean;
  readonly sms: boolean;
  readonly post: boolean;
}

/** A party member's record; `status` and `branchId` are the latest entries of their histories. */
export interface Member {
  readonly id: string;
  /** The national membership system's number: the key for imports. */
  readonly membershipNumber: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string | null;
  /** Digits with an optional leading +, e.g. `07700900123`. */
  readonly phone: string | null;
  /** Street address lines, without the postcode. */
  readonly addressLines: readonly string[];
  /** Normalised UK postcode, e.g. `SW1A 1AA`. */
  readonly postcode: string | null;
  readonly branchId: string;
  /** Start of the member's first membership. */
  readonly joinedOn: IsoDate;
  readonly status: MemberStatus;
  /** Last day covered by subscriptions paid; later days are in arrears. */
  readonly paidUpTo: IsoDate | null;
  /** Self-described gender, in the member's own words. */
  readonly gender: string | null;
  /** Self-identified ethnicity: special-category data, visible only to roles the rule book names. */
  readonly ethnicity: string | null;
  readonly dateOfBirth: IsoDate | null;
  /** Age band for members whose date of birth is not held. */
  readonly ageBand: AgeBand | null;
  readonly tradeUnions: readonly TradeUnionMembership[];
  readonly consent: ContactConsent;
  readonly statusHistory: readonly StatusChange[];
  readonly branchHistory: readonly BranchMove[];
}

function isSorted(dates: readonly IsoDate[]): boolean {
  return dates.every((date, index) => index === 0 || (dates[index - 1] ?? date) <= date);
}

/** The invariants a member record breaks (empty when consistent). */
export function memberInvariantProblems(member: Member): string[] {
  const problems: string[] = [];
  const firstStatus = member.statusHistory[0];
  const lastStatus = member.statusHistory.at(-1);
  if (firstStatus === undefined || lastStatus === undefined) {
    problems.push('status history is empty');
  } else {
    if (firstStatus.on !== member.joinedOn) problems.push('status history must start on the join date');
    if (lastStatus.status !== member.status) problems.push('status must be the last status in the history');
  }
  if (!isSorted(member.statusHistory.map((change) => change.on)))
    problems.push('status history is out of order');
  const firstMove = member.branchHistory[0];
  const lastMove = member.branchHistory.at(-1);
  if (firstMove === undefined || lastMove === undefined) {
    problems.push('branch history is empty');
  } else {
    if (firstMove.from !== null || firstMove.on !== member.joinedOn) {
      problems.push('branch history must start with the joining branch on the join date');
    }
    if (lastMove.to !== member.branchId) problems.push('branch must be the last branch in the history');
  }
  if (!isSorted(member.branchHistory.map((move) => move.on))) problems.push('branch history is out of order');
  member.branchHistory.forEach((move, index) => {
    const previous = member.branchHistory[index - 1];
    if (previous !== undefined && move.from !== previous.to) {
      problems.push(`branch move on ${move.on} starts from ${move.from ?? 'nowhere'}, not ${previous.to}`);
    }
  });
  return problems;
}

/** Zod schema for the ways a member has agreed to be contacted. */
export const contactConsentSchema: z.ZodType<ContactConsent> = z.object({
  email: z.boolean(),
  phone: z.boolean(),
  sms: z.boolean(),
  post: z.boolean(),
});

/** Zod schema for a trade-union membership. */
export const tradeUnionMembershipSchema: z.ZodType<TradeUnionMembership> = z.object({
  union: z.string().trim().min(1),
  affiliateId: z.string().min(1).nullable(),
  tucAffiliated: z.boolean(),
  from: isoDateSchema.nullable(),
  to: isoDateSchema.nullable(),
});

/** Zod schema for a phone number stored as digits with an optional leading +. */
export const phoneSchema = z.string().regex(/^\+?[0-9]{7,15}$/, 'expected a phone number of 7–15 digits');

/** Zod schema for a whole `Member` record, normalising the postcode and checking history invariants. */
export const memberSchema: z.ZodType<Member, unknown> = z
  .object({
    id: z.string().min(1),
    membershipNumber: z.string().trim().min(1),
    firstName: z.string().trim().min(1),
    lastName: z.string().trim().min(1),
    email: z.email().nullable(),
    phone: phoneSchema.nullable(),
    addressLines: z.array(z.string().trim().min(1)),
    postcode: postcodeSchema.nullable(),
    branchId: z.string().min(1),
    joinedOn: isoDateSchema,
    status: z.enum(memberStatuses),
    paidUpTo: isoDateSchema.nullable(),
    gender: z.string().trim().min(1).nullable(),
    ethnicity: z.string().trim().min(1).nullable(),
    dateOfBirth: isoDateSchema.nullable(),
    ageBand: z.enum(ageBandNames).nullable(),
    tradeUnions: z.array(tradeUnionMembershipSchema),
    consent: contactConsentSchema,
    statusHistory: z
      .array(z.object({ on: isoDateSchema, status: z.enum(memberStatuses), note: z.string().nullable() }))
      .min(1),
    branchHistory: z
      .array(z.object({ on: isoDateSchema, from: z.string().min(1).nullable(), to: z.string().min(1) }))
      .min(1),
  })
  .superRefine((member, ctx) => {
    for (const problem of memberInvariantProblems(member)) ctx.addIssue({ code: 'custom', message: problem });
  });
