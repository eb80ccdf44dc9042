import { createRoute, z } from '@hono/zod-openapi';
import {
  HeldRoleSchema,
  JsonValueSchema,
  MemberViewSchema,
  orNull,
  partyRefusals,
  ReasonSchema,
  UnitSchema,
} from '../../context/party-schemas';

/** The signed-in person's membership: their record, where they belong, offices, roles and rolls. */
export const MyMembershipSchema = z
  .strictObject({
    // Null when the account is not a member.
    member: orNull(MemberViewSchema),
    units: z
      .array(UnitSchema)
      .openapi({ description: 'The member’s branch and every unit above it, nearest first.' }),
    offices: z.array(
      z.strictObject({
        unitId: z.string(),
        unitName: z.string(),
        title: z.string(),
        from: z.string(),
        to: z.string().nullable(),
        current: z.boolean(),
      }),
    ),
    roles: z.array(HeldRoleSchema),
    rolls: z.array(
      z.strictObject({
        rollId: z.string(),
        title: z.string(),
        unitName: z.string(),
        frozenAt: z.string(),
        state: z.enum(['open', 'closed']),
        eligible: z.boolean(),
        reasons: z.array(ReasonSchema),
      }),
    ),
    ruleBookTitle: z.string().openapi({ description: 'The rule-book edition in force today.' }),
  })
  .openapi('MyMembership');

/** A whole member record, as the member downloads it. */
const MemberRecordSchema = MemberViewSchema.omit({
  branchName: true,
  visibleGroups: true,
  version: true,
  permissions: true,
  inArrears: true,
})
  .required()
  .strict()
  .openapi('MemberRecord');

/** Everything Caucus holds about the signed-in person. */
export const MyDataSchema = z
  .strictObject({
    about: z.string(),
    generatedAt: z.string(),
    account: z.strictObject({
      email: z.string(),
      displayName: z.string(),
      createdAt: z.string().nullable(),
      hasPassword: z.boolean(),
      failedSignIns: z.number().int(),
      lockedUntil: z.string().nullable(),
    }),
    roles: z.array(z.strictObject({ role: z.string(), unitId: z.string() })),
    sessions: z.array(
      z.strictObject({
        createdAt: z.string(),
        lastSeenAt: z.string(),
        expiresAt: z.string(),
        userAgent: z.string().nullable(),
      }),
    ),
    member: orNull(MemberRecordSchema),
    offices: z.array(
      z.strictObject({
        office: z.strictObject({
          id: z.string(),
          unitId: z.string(),
          key: z.string(),
          title: z.string(),
          authority: z.enum(['secretary', 'officer']),
        }),
        holder: z.strictObject({
          id: z.string(),
          officeId: z.string(),
          memberId: z.string(),
          from: z.string(),
          to: z.string().nullable(),
        }),
      }),
    ),
    rolls: z.array(
      z.strictObject({
        roll: z.strictObject({
          id: z.string(),
          title: z.string(),
          unitId: z.string(),
          editionId: z.string(),
          ruleId: z.string(),
          frozenAt: z.string(),
          state: z.enum(['open', 'closed']),
          createdAt: z.string(),
          createdBy: z.string().nullable(),
        }),
        eligible: z.boolean(),
        reasons: z.array(ReasonSchema),
      }),
    ),
    auditAboutYou: z.array(
      z.strictObject({
        at: z.string(),
        action: z.string(),
        unitId: z.string().nullable(),
        before: JsonValueSchema.nullable(),
        after: JsonValueSchema.nullable(),
      }),
    ),
  })
  .openapi('MyData');

/** GET /api/me/membership */
export const myMembershipRoute = createRoute({
  method: 'get',
  path: '/api/me/membership',
  tags: ['My membership'],
  summary: 'My membership record, offices, roles and the rolls I am on',
  responses: {
    200: { description: 'My membership.', content: { 'application/json': { schema: MyMembershipSchema } } },
    401: partyRefusals[401],
  },
});

/** GET /api/me/data */
export const myDataRoute = createRoute({
  method: 'get',
  path: '/api/me/data',
  tags: ['My membership'],
  summary: 'Download everything Caucus holds about me (JSON file)',
  responses: {
    200: {
      description: 'A JSON document, sent as an attachment.',
      content: { 'application/json': { schema: MyDataSchema } },
    },
    401: partyRefusals[401],
  },
});
