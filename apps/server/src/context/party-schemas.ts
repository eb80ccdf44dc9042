import { ageBandNames, isIsoDate, memberFieldGroups, memberStatuses, roles, unitKinds } from '@caucus/party';
import { z } from '@hono/zod-openapi';

/** Problem document content for route definitions. */
export const problemContent = {
  'application/problem+json': {
    schema: z
      .object({
        type: z.string(),
        title: z.string(),
        status: z.number().int(),
        detail: z.string(),
        instance: z.string().optional(),
        errors: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
      })
      .openapi('Problem'),
  },
};

/** The standard refusals of a party route. */
export const partyRefusals = {
  401: { description: 'Not signed in.', content: problemContent },
  403: { description: 'Your roles do not allow this.', content: problemContent },
  404: { description: 'No such unit, member or roll.', content: problemContent },
} as const;

/** A calendar date, YYYY-MM-DD. */
export const isoDateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isIsoDate, 'not a calendar date');

/** A party unit. */
export const UnitSchema = z
  .strictObject({
    id: z.string(),
    kind: z.enum(unitKinds),
    name: z.string(),
    parentId: z.string().nullable(),
    gss: z.string().nullable().openapi({ description: 'ONS code: the 2024 constituency for a CLP.' }),
  })
  .openapi('Unit');

const statusChangeSchema = z.strictObject({
  on: z.string(),
  status: z.enum(memberStatuses),
  note: z.string().nullable(),
});
const branchMoveSchema = z.strictObject({ on: z.string(), from: z.string().nullable(), to: z.string() });

/** What the viewer may do with a member (as the server's policies decide; the web app shows controls by these). */
export const MemberPermissionsSchema = z
  .strictObject({
    update: z.boolean(),
    changeStatus: z.boolean(),
    moveBranch: z.boolean().openapi({ description: 'Move to another branch within the viewer’s units.' }),
    checkEligibility: z.boolean(),
    downloadData: z.boolean(),
  })
  .openapi('MemberPermissions');

/** A member as the viewer may see them: fields outside the viewer's field groups are left out. */
export const MemberViewSchema = z
  .strictObject({
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    branchId: z.string(),
    branchName: z.string(),
    status: z.enum(memberStatuses),
    visibleGroups: z.array(z.enum(memberFieldGroups)).readonly().openapi({
      description:
        'Field groups included: directory, membership, contact, profile, date_of_birth, ethnicity.',
    }),
    version: z.number().int().openapi({
      description: 'Send it back with a change; a change made from an older version is refused (409).',
    }),
    permissions: MemberPermissionsSchema,
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
    ageBand: z.enum(ageBandNames).nullable().optional(),
    tradeUnions: z
      .array(
        z.strictObject({
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
      .strictObject({ email: z.boolean(), phone: z.boolean(), sms: z.boolean(), post: z.boolean() })
      .optional(),
    dateOfBirth: z.string().nullable().optional(),
    ethnicity: z.string().nullable().optional(),
  })
  .openapi('MemberView');

const reasonBase = { passed: z.boolean(), message: z.string() };
const membershipLength = z.strictObject({ amount: z.number().int(), unit: z.enum(['months', 'weeks']) });

/** One tested condition of an eligibility rule, with the facts it rests on. */
export const ReasonSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('status'),
      ...reasonBase,
      status: z.enum(memberStatuses).nullable(),
      allowed: z.array(z.enum(memberStatuses)).readonly(),
    }),
    z.strictObject({
      kind: z.literal('continuous_membership'),
      ...reasonBase,
      since: z.string().nullable(),
      previousSpellEnded: z.string().nullable(),
      held: z.number().int(),
      required: membershipLength,
      qualifiesOn: z.string().nullable(),
    }),
    z.strictObject({
      kind: z.literal('no_arrears'),
      ...reasonBase,
      paidUpTo: z.string().nullable(),
      graceDays: z.number().int(),
    }),
    z.strictObject({
      kind: z.literal('trade_union'),
      ...reasonBase,
      requirement: z.enum(['any_union', 'tuc_affiliated', 'party_affiliated']),
      union: z.string().nullable(),
    }),
    z.strictObject({
      kind: z.literal('age'),
      ...reasonBase,
      age: z.number().int().nullable(),
      ageBand: z.enum(ageBandNames).nullable(),
      minimum: z.number().int().nullable(),
      maximumExclusive: z.number().int().nullable(),
    }),
    z.strictObject({
      kind: z.literal('unit'),
      ...reasonBase,
      unitId: z.string(),
      branchId: z.string().nullable(),
    }),
  ])
  .openapi('EligibilityReason');

/** A role an account holds in a unit, described for people. */
export const HeldRoleSchema = z
  .strictObject({ role: z.enum(roles), unitId: z.string(), description: z.string() })
  .openapi('HeldRole');

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

/** The version of a record a change was made from (optional; when given, a newer stored version refuses the change). */
export const expectedVersion = z
  .number()
  .int()
  .min(1)
  .optional()
  .openapi({ description: 'The `version` the change was made from; a stale one is refused with 409.' });

/** Any JSON value (a field's value before or after a change); named so the OpenAPI document can refer to itself. */
export const JsonValueSchema = z.json().openapi('JsonValue');

/**
 * A named schema or null. Use this instead of `.nullable()` on a schema with an OpenAPI name: the generator would
 * otherwise mark the named component itself as nullable, everywhere it is used.
 */
export function orNull<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.null()]);
}
