import { createRoute, z } from '@hono/zod-openapi';
import {
  isoDateParam,
  JsonValueSchema,
  partyRefusals,
  problemContent,
  UnitParamsSchema,
  UnitSchema,
} from '../../context/party-schemas';

/** Every unit of the party. */
export const UnitListSchema = z.strictObject({ units: z.array(UnitSchema) }).openapi('UnitList');

/** An office of a unit and who holds it today. */
export const OfficerSchema = z
  .strictObject({
    officeId: z.string(),
    key: z.string(),
    title: z.string(),
    authority: z.enum(['secretary', 'officer']),
    holder: z
      .strictObject({ memberId: z.string(), name: z.string(), from: z.string(), to: z.string().nullable() })
      .nullable(),
  })
  .openapi('Officer');

/** A unit's page: where it sits, its officers, branches and affiliated branches, and what the viewer may do there. */
export const UnitDetailSchema = z
  .strictObject({
    unit: UnitSchema,
    ancestors: z.array(UnitSchema),
    children: z.array(UnitSchema.extend({ members: z.number().int() }).strict()),
    members: z.number().int().openapi({ description: 'Members in the unit’s branches.' }),
    officers: z.array(OfficerSchema),
    affiliatedBranches: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        affiliate: z.string(),
        affiliateKind: z.enum(['trade_union', 'socialist_society', 'cooperative_party']),
        affiliatedMembership: z.number().int(),
      }),
    ),
    ruleBookTitle: z.string().openapi({ description: 'The rule-book edition in force today.' }),
    permissions: z
      .strictObject({
        manage: z.boolean(),
        listMembers: z.boolean(),
        importMembers: z.boolean(),
        assignOfficers: z.boolean(),
        freezeRolls: z.boolean(),
        viewRolls: z.boolean(),
        viewAudit: z.boolean(),
        viewRuleBook: z.boolean().openapi({ description: 'See which rule-book edition applies from when.' }),
      })
      .openapi({ description: 'What the viewer may do in this unit.' }),
  })
  .openapi('UnitDetail');

/** GET /api/units */
export const listUnitsRoute = createRoute({
  method: 'get',
  path: '/api/units',
  tags: ['Units'],
  summary: 'Every unit of the party (members only)',
  responses: {
    200: {
      description: 'The units, parents first.',
      content: { 'application/json': { schema: UnitListSchema } },
    },
    ...partyRefusals,
  },
});

/** GET /api/units/{unitId} */
export const getUnitRoute = createRoute({
  method: 'get',
  path: '/api/units/{unitId}',
  tags: ['Units'],
  summary: 'A unit with its officers, branches and affiliated branches',
  request: { params: UnitParamsSchema },
  responses: {
    200: { description: 'The unit.', content: { 'application/json': { schema: UnitDetailSchema } } },
    ...partyRefusals,
  },
});

/** Who takes an office, from when. */
export const AssignOfficerBodySchema = z.object({
  officeKey: z.string().min(1).max(100).openapi({ example: 'secretary' }),
  memberId: z.string().min(1).max(200),
  from: isoDateParam.optional().openapi({ description: 'First day of the term; today if left out.' }),
});

/** POST /api/units/{unitId}/officers */
export const assignOfficerRoute = createRoute({
  method: 'post',
  path: '/api/units/{unitId}/officers',
  tags: ['Units'],
  summary: 'Record a new holder of an office (ends the current term the day before)',
  request: {
    params: UnitParamsSchema,
    body: { required: true, content: { 'application/json': { schema: AssignOfficerBodySchema } } },
  },
  responses: {
    200: {
      description: 'The office and its new holder.',
      content: { 'application/json': { schema: OfficerSchema } },
    },
    400: { description: 'Unknown office or member outside the unit.', content: problemContent },
    ...partyRefusals,
  },
});

/** One audit entry as the viewer may see it. */
export const AuditEntrySchema = z
  .strictObject({
    id: z.string(),
    at: z.string(),
    actorUserId: z.string(),
    actorName: z.string().nullable(),
    action: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    subject: z.strictObject({
      type: z.enum(['member', 'unit', 'office', 'roll', 'role_grant', 'import']),
      id: z.string(),
      branchId: z.string().optional(),
    }),
    before: z.record(z.string(), JsonValueSchema).nullable(),
    after: z.record(z.string(), JsonValueSchema).nullable(),
    withheldFields: z.array(z.string()).readonly(),
  })
  .openapi('AuditEntry');

/** GET /api/units/{unitId}/audit */
export const listAuditRoute = createRoute({
  method: 'get',
  path: '/api/units/{unitId}/audit',
  tags: ['Units'],
  summary: "A unit's audit log (its officers only), newest first, redacted to the viewer",
  request: {
    params: UnitParamsSchema,
    query: z.object({
      before: z.coerce
        .number()
        .int()
        .min(1)
        .optional()
        .openapi({ description: 'Entries older than this id.' }),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: {
      description: 'Audit entries of the unit and every unit below it.',
      content: {
        'application/json': {
          schema: z.strictObject({ entries: z.array(AuditEntrySchema) }).openapi('AuditLog'),
        },
      },
    },
    ...partyRefusals,
  },
});
