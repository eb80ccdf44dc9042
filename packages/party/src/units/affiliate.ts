import { z } from 'zod';

/** The kinds of nationally affiliated organisation. */
export const affiliateKinds = ['trade_union', 'socialist_society', 'cooperative_party'] as const;

/** A kind of affiliated organisation. */
export type AffiliateKind = (typeof affiliateKinds)[number];

/** A trade union, socialist society or the Co-operative Party affiliated to the party nationally. */
export interface Affiliate {
  readonly id: string;
  readonly name: string;
  readonly kind: AffiliateKind;
  /** Members on whom the affiliate pays affiliation fees (weights card votes and nomination thresholds). */
  readonly affiliatedMembership: number;
  /** Whether the organisation is affiliated to the TUC (meaningful for trade unions). */
  readonly tucAffiliated: boolean;
}

/** An affiliate's local branch attached to a CLP; it sends delegates and has a voice in trigger ballots. */
export interface AffiliatedBranch {
  readonly id: string;
  readonly affiliateId: string;
  readonly name: string;
  /** The CLP the branch is attached to. */
  readonly clpId: string;
  /** Affiliated members of the branch living in the CLP, on which delegate entitlement is based. */
  readonly affiliatedMembership: number;
}

/** Zod schema for an `Affiliate`. */
export const affiliateSchema: z.ZodType<Affiliate> = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1),
  kind: z.enum(affiliateKinds),
  affiliatedMembership: z.number().int().nonnegative(),
  tucAffiliated: z.boolean(),
});

/** Zod schema for an `AffiliatedBranch`. */
export const affiliatedBranchSchema: z.ZodType<AffiliatedBranch> = z.object({
  id: z.string().min(1),
  affiliateId: z.string().min(1),
  name: z.string().trim().min(1),
  clpId: z.string().min(1),
  affiliatedMembership: z.number().int().nonnegative(),
});
