import { METHODS } from '@caucus/count';
import { createRoute, z } from '@hono/zod-openapi';

const methodSchema = z.enum(METHODS as [string, ...string[]]).openapi({
  description:
    'fptp, block, referendum (yes/no/abstain), av (alternative vote), scottish (SSI 2007/42), ers97, meek.',
});

/** What to count: a BLT file's text, or ballots as JSON, with the method and options. */
export const CountRequestSchema = z
  .object({
    method: methodSchema,
    seats: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .openapi({ description: 'Defaults to the BLT header.' }),
    seed: z
      .union([z.string().max(100), z.number().int()])
      .optional()
      .openapi({ description: 'Seed for ties broken by lot; the same seed gives the same draws.' }),
    batchElimination: z
      .boolean()
      .optional()
      .openapi({ description: 'AV only: exclude hopeless candidates together.' }),
    constraints: z
      .array(
        z.object({
          category: z.string().min(1),
          members: z.array(z.string()).openapi({ description: 'Candidate names in the category.' }),
          min: z.number().int().min(0).optional(),
          max: z.number().int().min(0).optional(),
        }),
      )
      .optional()
      .openapi({ description: 'STV only: e.g. at least 4 women among 9 seats.' }),
    blt: z.string().min(1).optional().openapi({ description: 'The text of a BLT file.' }),
    election: z.record(z.string(), z.unknown()).optional().openapi({
      description:
        '{"candidates":["Ann","Bob"],"seats":1,"withdrawn":[],"ballots":[{"weight":12,"ranking":["Ann",["Bob","Cy"]]}]} — a list ranks candidates equal.',
    }),
  })
  .refine((body) => (body.blt === undefined) !== (body.election === undefined), {
    message: 'send exactly one of "blt" (a BLT file’s text) or "election" (ballots as JSON)',
    path: ['blt'],
  })
  .openapi('CountRequest');

/** A stage-by-stage count result (more fields may be added). */
export const CountResultSchema = z
  .object({
    method: z.string(),
    seats: z.number().int(),
    quota: z.string().nullable(),
    elected: z.array(z.string()).openapi({ description: 'In order of election.' }),
    stages: z.array(
      z
        .object({
          stage: z.number().int(),
          action: z.object({ type: z.string() }).loose(),
          totals: z.record(z.string(), z.string()),
          nonTransferable: z.string(),
          elected: z.array(z.string()),
          excluded: z.array(z.string()),
        })
        .loose(),
    ),
    ties: z.array(z.object({}).loose()),
  })
  .loose()
  .openapi('CountResult');

/** POST /api/count */
export const countRoute = createRoute({
  method: 'post',
  path: '/api/count',
  tags: ['Counting'],
  summary: 'Count ballots exactly, stage by stage',
  description:
    'Counts a BLT file or JSON ballots by the chosen rules and returns every stage. Nothing is stored. Values are decimal strings at the rule’s scale.',
  request: { body: { required: true, content: { 'application/json': { schema: CountRequestSchema } } } },
  responses: {
    200: { description: 'The result.', content: { 'application/json': { schema: CountResultSchema } } },
    400: {
      description: 'The ballots or options are invalid (a BLT error names the line).',
      content: { 'application/problem+json': { schema: z.object({ detail: z.string() }).loose() } },
    },
  },
});
