import { createRoute, z } from '@hono/zod-openapi';
import {
  isoDateParam,
  partyRefusals,
  problemContent,
  ReasonSchema,
  RollParamsSchema,
  UnitParamsSchema,
} from '../../context/party-schemas';

/** A frozen roll's header and counts. */
export const RollSummarySchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    editionId: z.string().openapi({ description: 'The rule-book edition in force on the freeze date.' }),
    ruleBookTitle: z.string(),
    ruleId: z.string(),
    ruleTitle: z.string(),
    frozenAt: z.string(),
    state: z.enum(['open', 'closed']),
    createdAt: z.string(),
    entries: z.number().int(),
    eligible: z.number().int(),
    permissions: z
      .strictObject({ close: z.boolean() })
      .openapi({ description: 'What the viewer may do with it.' }),
  })
  .openapi('RollSummary');

/** A roll with its lines; reasons are shown only where the viewer may see the member's membership details. */
export const RollDetailSchema = RollSummarySchema.extend({
  lines: z.array(
    z.strictObject({
      memberId: z.string(),
      name: z.string(),
      branchName: z.string(),
      eligible: z.boolean(),
      reasons: z.array(ReasonSchema).nullable(),
    }),
  ),
})
  .strict()
  .openapi('RollDetail');

/** What to freeze. */
export const FreezeRollBodySchema = z.object({
  title: z.string().trim().min(1).max(200).openapi({ example: 'Parliamentary selection 2026' }),
  ruleId: z.string().min(1).max(100).openapi({ example: 'selection.vote' }),
  frozenAt: isoDateParam,
});

/** POST /api/units/{unitId}/rolls */
export const freezeRollRoute = createRoute({
  method: 'post',
  path: '/api/units/{unitId}/rolls',
  tags: ['Rolls'],
  summary: "Freeze a unit's electorate at a date under a rule: a stored snapshot later edits do not change",
  request: {
    params: UnitParamsSchema,
    body: { required: true, content: { 'application/json': { schema: FreezeRollBodySchema } } },
  },
  responses: {
    201: { description: 'The frozen roll.', content: { 'application/json': { schema: RollSummarySchema } } },
    400: { description: 'Unknown rule or bad date.', content: problemContent },
    ...partyRefusals,
  },
});

/** GET /api/units/{unitId}/rolls */
export const listRollsRoute = createRoute({
  method: 'get',
  path: '/api/units/{unitId}/rolls',
  tags: ['Rolls'],
  summary: 'Rolls frozen in a unit and the units below it (officers only)',
  request: { params: UnitParamsSchema },
  responses: {
    200: {
      description: 'The rolls, newest first.',
      content: {
        'application/json': {
          schema: z.strictObject({ rolls: z.array(RollSummarySchema) }).openapi('RollList'),
        },
      },
    },
    ...partyRefusals,
  },
});

/** GET /api/rolls/{rollId} */
export const getRollRoute = createRoute({
  method: 'get',
  path: '/api/rolls/{rollId}',
  tags: ['Rolls'],
  summary: 'One frozen roll with its lines (officers of its unit only)',
  request: { params: RollParamsSchema },
  responses: {
    200: { description: 'The roll.', content: { 'application/json': { schema: RollDetailSchema } } },
    ...partyRefusals,
  },
});

/** POST /api/rolls/{rollId}/close */
export const closeRollRoute = createRoute({
  method: 'post',
  path: '/api/rolls/{rollId}/close',
  tags: ['Rolls'],
  summary: 'Close a roll when its ballot or meeting is over (branch moves are no longer blocked by it)',
  request: { params: RollParamsSchema },
  responses: {
    200: { description: 'The closed roll.', content: { 'application/json': { schema: RollSummarySchema } } },
    409: { description: 'The roll is already closed.', content: problemContent },
    ...partyRefusals,
  },
});

/** The question: a stored roll, or a rule at a date (optionally within a unit); about me unless memberId is given. */
export const EligibilityQuerySchema = z
  .object({
    rollId: z.string().max(200).optional(),
    ruleId: z.string().max(100).optional(),
    at: isoDateParam.optional().openapi({ description: 'Date to judge at; today if left out.' }),
    unitId: z.string().max(200).optional().openapi({ description: 'Also require membership of this unit.' }),
    memberId: z.string().max(200).optional().openapi({ description: 'Another member (officers only).' }),
  })
  .refine((query) => (query.rollId === undefined) !== (query.ruleId === undefined), {
    message: 'give exactly one of rollId or ruleId',
    path: ['rollId'],
  });

/** The answer, with every reason. */
export const EligibilityAnswerSchema = z
  .strictObject({
    memberId: z.string(),
    memberName: z.string(),
    question: z.string(),
    eligible: z.boolean(),
    onRoll: z.boolean().nullable(),
    summary: z.string(),
    reasons: z.array(ReasonSchema),
  })
  .openapi('EligibilityAnswer');

/** GET /api/eligibility */
export const checkEligibilityRoute = createRoute({
  method: 'get',
  path: '/api/eligibility',
  tags: ['Rolls'],
  summary: '"Can I vote in X, and if not, why?" for a roll or a rule at a date',
  request: { query: EligibilityQuerySchema },
  responses: {
    200: {
      description: 'Yes or no, with reasons.',
      content: { 'application/json': { schema: EligibilityAnswerSchema } },
    },
    400: { description: 'Unknown rule or bad query.', content: problemContent },
    ...partyRefusals,
  },
});

/** GET /api/eligibility/rules */
export const listRulesRoute = createRoute({
  method: 'get',
  path: '/api/eligibility/rules',
  tags: ['Rolls'],
  summary: "The rule book's eligibility rules",
  responses: {
    200: {
      description: 'The rules of the rule book in force today.',
      content: {
        'application/json': {
          schema: z
            .strictObject({
              editionId: z.string(),
              ruleBookTitle: z.string(),
              rules: z.array(z.strictObject({ id: z.string(), title: z.string(), source: z.string() })),
            })
            .openapi('RuleList'),
        },
      },
    },
    401: partyRefusals[401],
  },
});
