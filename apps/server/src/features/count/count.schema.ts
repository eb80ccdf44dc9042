import { METHODS } from '@caucus/count';
import { createRoute, z } from '@hono/zod-openapi';

const methodSchema = z.enum(METHODS as [string, ...string[]]).openapi({
  description:
    'fptp, block, referendum (yes/no/abstain), av (alternative vote), scottish (SSI 2007/42), ers97, meek (PR Foundation reference rule, as Droop’s meek-prf), meek-droop (Droop’s meek rule as stv-rs counts it).',
});

const candidateRef = z
  .string()
  .min(1)
  .max(200)
  .openapi({ description: 'A candidate: exact name, BLT nickname, or number (1 = first).' });

const ballotRef = z.union([z.string().min(1).max(200), z.number().int().min(1)]).openapi({
  description: 'A candidate by exact name, or by number (1 = first).',
});

/** Ballots as JSON: candidates, seats and each distinct ballot with its weight (papers). */
const ElectionInputSchema = z
  .object({
    title: z.string().max(500).optional(),
    seats: z.number().int().min(1).max(1000),
    candidates: z.array(z.string().min(1).max(200)).min(1).max(1000),
    withdrawn: z.array(ballotRef).optional(),
    ballots: z.array(
      z.object({
        weight: z
          .number()
          .int()
          .min(1)
          .optional()
          .openapi({ description: 'Papers with this ranking; 1 if left out.' }),
        ranking: z.array(z.union([ballotRef, z.array(ballotRef)])).openapi({
          description: 'Preferences in order; a list ranks candidates equal, an empty list skips a rank.',
        }),
      }),
    ),
  })
  .openapi('ElectionInput');

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
      .openapi({
        description:
          'Seed for ties broken by lot; the same seed gives the same draws. For Meek it draws the tie order before the count.',
      }),
    tieOrder: z.array(candidateRef).max(1000).optional().openapi({
      description:
        'A tie order fixed before the count: every candidate who has not withdrawn, once. Ties that earlier totals leave unbroken go to the first in it, instead of to a lot.',
    }),
    batchElimination: z
      .boolean()
      .optional()
      .openapi({ description: 'AV only: exclude hopeless candidates together.' }),
    positiveSurplus: z.boolean().optional().openapi({
      description:
        'meek-droop only: count each elected candidate’s surplus as at least 0 (stv-rs --force-positive-surplus).',
    }),
    constraints: z
      .array(
        z.object({
          category: z.string().min(1),
          members: z.array(candidateRef).openapi({ description: 'The candidates in the category.' }),
          min: z.number().int().min(0).optional(),
          max: z.number().int().min(0).optional(),
        }),
      )
      .optional()
      .openapi({ description: 'STV only: e.g. at least 4 women among 9 seats.' }),
    report: z.enum(['droop']).optional().openapi({
      description: 'Meek only: also return the count as Droop’s and stv-rs’s text report (`droopReport`).',
    }),
    blt: z.string().min(1).optional().openapi({ description: 'The text of a BLT file.' }),
    election: ElectionInputSchema.optional(),
  })
  .refine((body) => (body.blt === undefined) !== (body.election === undefined), {
    message: 'send exactly one of "blt" (a BLT file’s text) or "election" (ballots as JSON)',
    path: ['blt'],
  })
  .openapi('CountRequest');

const names = z.array(z.string());
const values = z
  .record(z.string(), z.string())
  .openapi({ description: 'Decimal strings at the rule’s scale, by candidate name.' });
const exclusionReason = z.enum(['lowest', 'bulk', 'doomed']);

const StageActionSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('first') }),
    z.strictObject({ type: z.literal('surplus'), candidate: z.string() }),
    z.strictObject({
      type: z.literal('exclusion'),
      candidate: z.string(),
      candidates: names,
      reason: exclusionReason,
    }),
    z.strictObject({
      type: z.literal('iteration'),
      iterations: z.number().int(),
      outcome: z.enum(['elected', 'converged', 'stable']),
    }),
  ])
  .openapi('StageAction');

const StageSchema = z
  .strictObject({
    stage: z.number().int(),
    action: StageActionSchema,
    totals: values,
    nonTransferable: z.string(),
    elected: names,
    excluded: names,
    exhausted: z.string(),
    truncationLoss: z.string(),
    quota: z.string().nullable(),
    keepFactors: values.optional().openapi({ description: 'Meek only.' }),
  })
  .openapi('Stage');

const TieSchema = z
  .strictObject({
    stage: z.number().int(),
    what: z.enum(['surplus-order', 'exclusion', 'election', 'order-elected']),
    by: z.enum(['history', 'lot', 'tie-order', 'unresolved']),
    candidates: names,
    chosen: names,
  })
  .openapi('Tie');

const BallotNoteSchema = z
  .strictObject({
    line: z.number().int().optional().openapi({ description: 'Line of the BLT file.' }),
    ballot: z.number().int().optional().openapi({ description: 'Position in the JSON ballot list, from 1.' }),
    papers: z.number().int(),
    issue: z.enum(['equal-ranking', 'skipped-rank', 'repeated-candidate']),
    rank: z.number().int(),
    effect: z.enum(['stopped', 'invalid', 'passed-over', 'ignored', 'shared']),
  })
  .openapi('BallotNote');

const BallotReportSchema = z
  .strictObject({
    cast: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    empty: z.number().int(),
    equalRanking: z.number().int(),
    skippedRank: z.number().int(),
    repeatedCandidate: z.number().int(),
    withdrawnPreference: z.number().int(),
    distinct: z.number().int(),
    notes: z.array(BallotNoteSchema),
    notesOmitted: z.number().int(),
  })
  .openapi('BallotReport');

const TieProcedureSchema = z
  .strictObject({
    source: z.string(),
    final: z.enum(['lot', 'order']),
    order: z
      .strictObject({ from: z.enum(['blt', 'option', 'ballot-paper', 'draw']), candidates: names })
      .optional(),
  })
  .openapi('TieProcedure');

const ReferendumSchema = z
  .strictObject({
    passed: z.boolean(),
    yes: z.number().int(),
    no: z.number().int(),
    abstain: z.number().int(),
    threshold: z.strictObject({
      numerator: z.number().int(),
      denominator: z.number().int(),
      inclusive: z.boolean(),
    }),
  })
  .openapi('ReferendumOutcome');

/** A stage-by-stage count result. */
export const CountResultSchema = z
  .strictObject({
    method: methodSchema,
    seats: z.number().int(),
    quota: z.string().nullable(),
    elected: names.openapi({ description: 'In order of election.' }),
    stages: z.array(StageSchema),
    ties: z.array(TieSchema),
    title: z.string().nullable(),
    candidates: names,
    withdrawn: names,
    decimals: z.number().int(),
    validVotes: z.number().int(),
    ballots: BallotReportSchema,
    seed: z.string(),
    tieProcedure: TieProcedureSchema,
    referendum: ReferendumSchema.optional(),
    droopReport: z
      .string()
      .optional()
      .openapi({ description: 'With report=droop: Droop’s and stv-rs’s text report.' }),
  })
  .openapi('CountResult');

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: z.object({ detail: z.string() }).loose() } },
});

/** POST /api/count */
export const countRoute = createRoute({
  method: 'post',
  path: '/api/count',
  tags: ['Counting'],
  summary: 'Count ballots exactly, stage by stage',
  description:
    'Counts a BLT file or JSON ballots by the chosen rules and returns every stage. Nothing is stored. Values are decimal strings at the rule’s scale. Counts run off the request thread with a time limit; without signing in, bodies are limited to 2 MB and counts to a few per minute per address.',
  request: { body: { required: true, content: { 'application/json': { schema: CountRequestSchema } } } },
  responses: {
    200: { description: 'The result.', content: { 'application/json': { schema: CountResultSchema } } },
    400: problem('The ballots or options are invalid (a BLT error names the line), or no ballot is valid.'),
    413: problem('The body is larger than the limit, which the problem names.'),
    429: problem('Too many counts from this address; Retry-After says when to try again.'),
    503: problem('The count took longer than its time limit, or every counting worker is busy.'),
  },
});
