import { z } from 'zod';
import { isoDateSchema } from './calendar-date';
import { memberStatuses } from './member';
import { memberFieldGroups } from './member-field-access';
import { roles } from './roles';
import type { RuleBookPreset } from './rule-book-preset';
import { unitKinds } from './unit';

const fraction = z.number().min(0).max(1);
const count = z.number().int().nonnegative();
const status = z.enum(memberStatuses);

const condition = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status'), allowed: z.array(status).min(1) }),
  z.object({
    kind: z.literal('continuous_membership'),
    minimum: z.object({ amount: count, unit: z.enum(['months', 'weeks']) }),
  }),
  z.object({ kind: z.literal('no_arrears') }),
  z.object({
    kind: z.literal('trade_union'),
    requirement: z.enum(['any_union', 'tuc_affiliated', 'party_affiliated']),
  }),
  z.object({ kind: z.literal('age'), minimum: count.nullable(), maximumExclusive: count.nullable() }),
]);

const rule = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  source: z.string().min(1),
  conditions: z.array(condition).min(1),
});

const officeDefinition = z.object({
  key: z.string().min(1),
  title: z.string().min(1),
  authority: z.enum(['secretary', 'officer']),
});

const listBalance = z.object({ minWomenFraction: fraction.nullable(), minBameCandidates: count.nullable() });

const supportRoute = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('clps'), fraction }),
  z.object({
    kind: z.literal('affiliates'),
    minAffiliates: count,
    minTradeUnions: count,
    affiliatedMembershipFraction: fraction,
  }),
]);

const nominations = z.object({
  parliamentaryFraction: fraction.nullable(),
  anyOf: z.array(supportRoute),
  memberNominations: count.nullable(),
});

const byUnitKind = <T extends z.ZodType>(value: T) =>
  z.object(
    Object.fromEntries(unitKinds.map((kind) => [kind, value])) as Record<(typeof unitKinds)[number], T>,
  );

const byRole = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(roles.map((role) => [role, value])) as Record<(typeof roles)[number], T>);

/** Zod schema for a `RuleBookPreset`, e.g. one loaded from a JSON file for another party; checks rule ids match keys. */
export const ruleBookPresetSchema: z.ZodType<RuleBookPreset> = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens'),
    party: z.string().min(1),
    title: z.string().min(1),
    effectiveFrom: isoDateSchema,
    membership: z.object({
      continuity: z.object({ continuityStatuses: z.array(status).min(1), gapToleranceDays: count }),
      arrearsGraceDays: count,
    }),
    youngMembers: z.object({ name: z.string().min(1), maximumAgeExclusive: count }).nullable(),
    eligibility: z.record(z.string(), rule),
    offices: byUnitKind(z.array(officeDefinition)),
    memberDataAccess: byRole(z.array(z.enum(memberFieldGroups))),
    meetings: z.object({
      quorumFraction: fraction.nullable(),
      quorumLocalOverrideAllowed: z.boolean(),
      quorumOverrideApprovedBy: z.enum(['regional_executive', 'regional_director']).nullable(),
      specialMeetingRequisitionFraction: fraction.nullable(),
    }),
    triggerBallot: z
      .object({
        branchThreshold: fraction,
        affiliateThreshold: fraction,
        combine: z.enum(['either', 'both']),
        denominator: z.enum(['all_branches', 'branches_voting']),
        sittingMpAutomaticallyShortlisted: z.boolean(),
      })
      .nullable(),
    selection: z
      .object({
        ballot: z.literal('av_eliminate_lowest'),
        longlistedBy: z.enum(['nec_panel', 'clp']),
        affiliateNomineesAutomaticallyLonglisted: z.boolean(),
        longlist: listBalance.nullable(),
        shortlist: listBalance,
        allWomenShortlistsDecidedBy: z.literal('nec').nullable(),
        urgentShortlistingPanel: z
          .object({
            clpRepresentatives: count,
            regionalRepresentatives: count,
            necRepresentatives: count,
            minDaysShortlistToHustings: count,
          })
          .nullable(),
      })
      .nullable(),
    leadership: z.object({
      ballot: z.enum(['av', 'stv']),
      registeredSupporters: z.boolean(),
      affiliatedSupporters: z.boolean(),
      jointTicketsAllowed: z.boolean(),
      termYears: count.nullable(),
      vacancy: nominations,
      challenge: nominations.extend({ incumbentAutomaticallyOnBallot: z.boolean() }).nullable(),
    }),
    nec: z
      .object({ clpSeats: count, method: z.enum(['bloc', 'stv_droop']), minWomen: count, termYears: count })
      .nullable(),
    conference: z
      .object({
        submissionsPerUnit: count,
        contemporaryMotionMaxHeadingWords: count,
        contemporaryMotionMaxWords: count,
        cardVoteClpShare: fraction,
        cardVoteAffiliateShare: fraction,
        clpRuleChangeDelayYears: count,
        prioritiesPerSection: count,
        programmeMajority: fraction,
        delegates: z
          .object({
            firstDelegateMembers: count,
            membersPerExtraDelegate: count,
            maxDelegates: count,
            extraWomanAtWomenMembers: count,
            extraYoungDelegateAtYoungMembers: count,
            everySecondDelegateWoman: z.boolean(),
          })
          .nullable(),
      })
      .nullable(),
    includeReopenNominations: z.boolean(),
    caveats: z.array(z.object({ path: z.string().min(1), note: z.string().min(1) })),
  })
  .superRefine((preset, ctx) => {
    for (const [key, value] of Object.entries(preset.eligibility)) {
      if (value.id !== key) {
        ctx.addIssue({
          code: 'custom',
          message: `rule "${key}" has id "${value.id}"`,
          path: ['eligibility', key],
        });
      }
    }
    for (const [role, groups] of Object.entries(preset.memberDataAccess)) {
      if (groups.length > 0 && !groups.includes('directory')) {
        ctx.addIssue({
          code: 'custom',
          message: 'a role that sees any member data must see the directory',
          path: ['memberDataAccess', role],
        });
      }
    }
  });
