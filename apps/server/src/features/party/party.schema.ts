import { isIsoDate } from '@caucus/party';
import { z } from '@hono/zod-openapi';

/** Problem document content for route definitions. */
export const problemContent = {
  'application/problem+json': { schema: z.object({ type: z.string(), detail: z.string() }) },
};

/** The standard refusals of a party route. */
export const partyRefusals = {
  401: { description: 'Not signed in.', content: problemContent },
  403: { description: 'Your roles do not allow this.', content: problemContent },
  404: { description: 'No such unit, member or roll.', content: problemContent },
} as const;

/** A party unit. */
export const UnitSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['national', 'nation', 'region', 'clp', 'branch']),
    name: z.string(),
    parentId: z.string().nullable(),
    gss: z.string().nullable().openapi({ description: 'ONS code: the 2024 constituency for a CLP.' }),
  })
  .openapi('Unit');

const statusChangeSchema = z.object({ on: z.string(), status: z.string(), note: z.string().nullable() });
const branchMoveSchema = z.object({ on: z.string(), from: z.string().nullable(), to: z.string() });

/** A member as the viewer may see them: fields outside the viewer's field groups are left out. */
export const MemberViewSchema = z
  .object({
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    branchId: z.string(),
    branchName: z.string(),
    status: z.string(),
    visibleGroups: z.array(z.string()).readonly().openapi({
      description:
        'Field groups included: directory, membership, contact, profile, date_of_birth, ethnicity.',
    }),
    membershipNumber: z.string().optional(),
    joinedOn: z.string().optional(),
    paidUpTo: z.string().nullable().optional(),
    inArrears: z.boolean().optional(),
    statusHistory: z.array(statusChangeSchema).readonly().optional(),
    branchHistory: z.array(branchMoveSchema).readonly().optional(),
    email: z.string().nullable().optional(),
    phone: z.string().nullable().optional(),
    addressLines: z.array(z.string()).readonly().optional(),
    postcode: z.string().nullable().optional(),
    gender: z.string().nullable().optional(),
    ageBand: z.string().nullable().optional(),
    tradeUnions: z
      .array(
        z.object({
          union: z.string(),
          affiliateId: z.string().nullable(),
          tucAffiliated: z.boolean(),
          from: z.string().nullable(),
          to: z.string().nullable(),
        }),
      )
      .readonly()
      .optional(),
    consent: z
      .object({ email: z.boolean(), phone: z.boolean(), sms: z.boolean(), post: z.boolean() })
      .optional(),
    dateOfBirth: z.string().nullable().optional(),
    ethnicity: z.string().nullable().optional(),
  })
  .openapi('MemberView');

/** One tested condition of an eligibility rule. */
export const ReasonSchema = z
  .object({ kind: z.string(), passed: z.boolean(), message: z.string() })
  .openapi('EligibilityReason', { description: 'More fields give the facts the reason rests on, by kind.' });

/** A unit id path parameter. */
export const UnitParamsSchema = z.object({
  unitId: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'unitId', in: 'path' }, example: 'national' }),
});

/** A member id path parameter. */
export const MemberParamsSchema = z.object({
  memberId: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'memberId', in: 'path' } }),
});

/** A roll id path parameter. */
export const RollParamsSchema = z.object({
  rollId: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'rollId', in: 'path' } }),
});

/** A calendar date, YYYY-MM-DD. */
export const isoDateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isIsoDate, 'not a calendar date');
