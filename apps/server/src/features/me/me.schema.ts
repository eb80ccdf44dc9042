import { createRoute, z } from '@hono/zod-openapi';
import { MemberViewSchema, partyRefusals, ReasonSchema, UnitSchema } from '../party/party.schema';

/** The signed-in person's membership: their record, where they belong, offices, roles and rolls. */
export const MyMembershipSchema = z
  .object({
    member: MemberViewSchema.nullable().openapi({ description: 'Null when the account is not a member.' }),
    units: z
      .array(UnitSchema)
      .openapi({ description: 'The member’s branch and every unit above it, nearest first.' }),
    offices: z.array(
      z.object({
        unitId: z.string(),
        unitName: z.string(),
        title: z.string(),
        from: z.string(),
        to: z.string().nullable(),
        current: z.boolean(),
      }),
    ),
    roles: z.array(z.object({ role: z.string(), unitId: z.string(), description: z.string() })),
    rolls: z.array(
      z.object({
        rollId: z.string(),
        title: z.string(),
        unitName: z.string(),
        frozenAt: z.string(),
        state: z.enum(['open', 'closed']),
        eligible: z.boolean(),
        reasons: z.array(ReasonSchema),
      }),
    ),
    presetTitle: z.string(),
  })
  .openapi('MyMembership');

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
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()).openapi('MyData') } },
    },
    401: partyRefusals[401],
  },
});
