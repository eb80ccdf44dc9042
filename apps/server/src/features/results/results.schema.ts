import { LEVELS, type Level, MODEL_NAMES, type ModelName } from '@caucus/elections';
import { createRoute, z } from '@hono/zod-openapi';

const TAGS = ['Election results'];

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: z.object({ detail: z.string() }).loose() } },
});

const ok = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

const electionRef = z
  .string()
  .regex(/^[a-z0-9-]{4,40}$/i, 'a year such as 2019, or an election id such as notional2019')
  .openapi({
    example: '2019',
    description: 'Year (2010 … 2024) or id (ge2019, notional2019, notional2005).',
  });

const boundarySet = z.enum(['2010', '2024']);

const list = z
  .string()
  .max(4000)
  .transform((text) =>
    text
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  )
  .openapi({ description: 'Comma-separated seat codes or names.', example: 'E14000639,E14000640' });

const area = {
  nation: z.string().max(100).optional().openapi({ example: 'Wales' }),
  region: z.string().max(100).optional().openapi({ example: 'North West' }),
  county: z.string().max(100).optional().openapi({ example: 'Kent' }),
  seats: list.optional(),
  exclude: list.optional(),
};

const shareChange = z.object({ from: z.number(), to: z.number(), change: z.number() });

/** GET /api/results/elections */
export const listElectionsRoute = createRoute({
  method: 'get',
  path: '/api/results/elections',
  tags: TAGS,
  summary: 'General elections and notional result sets',
  responses: {
    200: ok(
      'Oldest first.',
      z.array(
        z
          .object({ id: z.string(), year: z.number().int(), kind: z.string(), date: z.string() })
          .loose()
          .openapi('ElectionListing'),
      ),
    ),
  },
});

/** GET /api/results/elections/{election} */
export const getElectionRoute = createRoute({
  method: 'get',
  path: '/api/results/elections/{election}',
  tags: TAGS,
  summary: 'UK-wide seats, votes and shares at one election, with its hex map',
  request: { params: z.object({ election: electionRef }) },
  responses: {
    200: ok(
      'Totals (by-elections excluded) and each hex with its winner.',
      z
        .object({
          year: z.number().int(),
          seats: z.record(z.string(), z.number().int()),
          votes: z.record(z.string(), z.number().int()),
          validVotes: z.number().int(),
          map: z.object({ layout: z.string(), hexes: z.array(z.object({ code: z.string() }).loose()) }),
        })
        .loose()
        .openapi('ElectionOverview'),
    ),
    404: problem('No such election; the detail lists those available.'),
  },
});

/** GET /api/results/seats */
export const searchSeatsRoute = createRoute({
  method: 'get',
  path: '/api/results/seats',
  tags: TAGS,
  summary: 'Find seats by name or code (for a picker), with the areas seats can be chosen by',
  request: {
    query: z.object({
      q: z.string().max(200).optional(),
      boundarySet: boundarySet.optional(),
      limit: z.coerce.number().int().min(1).max(2000).optional(),
    }),
  },
  responses: {
    200: ok(
      'Matching seats, alphabetically.',
      z
        .object({ seats: z.array(z.object({ code: z.string(), name: z.string() }).loose()) })
        .loose()
        .openapi('SeatSearch'),
    ),
  },
});

/** GET /api/results/seats/{seat} */
export const getSeatRoute = createRoute({
  method: 'get',
  path: '/api/results/seats/{seat}',
  tags: TAGS,
  summary: 'A constituency’s results at every election since 2010',
  request: {
    params: z.object({ seat: z.string().min(1).max(200).openapi({ example: 'E14000639' }) }),
    query: z.object({ boundarySet: boundarySet.optional() }),
  },
  responses: {
    200: ok(
      'General elections and by-elections oldest first, notional results, and linked seats.',
      z
        .object({ code: z.string(), name: z.string(), contests: z.array(z.object({}).loose()) })
        .loose()
        .openapi('SeatHistory'),
    ),
    404: problem('No seat matches; the detail lists the closest names.'),
  },
});

/** GET /api/results/change */
export const changeRoute = createRoute({
  method: 'get',
  path: '/api/results/change',
  tags: TAGS,
  summary: 'Sum of vote changes over a set of seats between two elections',
  description:
    'Choose seats by nation, region, county or a list, minus exclusions. Across the 2024 boundary change the notional 2019 results stand in for 2019.',
  request: { query: z.object({ from: electionRef, to: electionRef, ...area }) },
  responses: {
    200: ok(
      'Votes by party at each election and the change.',
      z
        .object({
          from: z.number().int(),
          to: z.number().int(),
          seats: z.array(z.string()),
          votes: z.record(z.string(), shareChange),
        })
        .loose()
        .openapi('ElectionComparison'),
    ),
    400: problem('Unknown area, or elections that cannot be compared.'),
    404: problem('Unknown election or seat; the detail lists the closest.'),
  },
});

/** GET /api/results/swing */
export const swingRoute = createRoute({
  method: 'get',
  path: '/api/results/swing',
  tags: TAGS,
  summary: 'Two-party Butler swing over a seat or a set of seats',
  request: {
    query: z.object({
      from: electionRef,
      to: electionRef,
      parties: z
        .string()
        .regex(/^[^,]+,[^,]+$/, 'two parties separated by a comma, e.g. Con,Lab')
        .openapi({ example: 'Con,Lab', description: 'Swing from the first party to the second.' }),
      ...area,
    }),
  },
  responses: {
    200: ok(
      'Swing in share points (0.05 = 5 points); positive means towards the second party.',
      z.object({ swing: z.number() }).loose().openapi('AreaSwing'),
    ),
    400: problem('Unknown area or party.'),
    404: problem('Unknown election or seat.'),
  },
});

/** GET /api/results/targets */
export const targetsRoute = createRoute({
  method: 'get',
  path: '/api/results/targets',
  tags: TAGS,
  summary: 'A party’s target seats, smallest swing needed first',
  request: {
    query: z.object({
      party: z.string().min(1).max(20).openapi({ example: 'Lab' }),
      election: electionRef,
      nation: area.nation,
      region: area.region,
      county: area.county,
      limit: z.coerce.number().int().min(1).max(650).optional(),
    }),
  },
  responses: {
    200: ok('Seats the party did not win.', z.array(z.object({ rank: z.number().int() }).loose())),
    400: problem('Unknown party or area.'),
    404: problem('Unknown election.'),
  },
});

/** GET /api/results/by-elections */
export const listByElectionsRoute = createRoute({
  method: 'get',
  path: '/api/results/by-elections',
  tags: TAGS,
  summary: 'Every by-election since 2010',
  responses: {
    200: ok('Oldest first.', z.array(z.object({ code: z.string(), date: z.string() }).loose())),
  },
});

/** GET /api/results/by-elections/{seat} */
export const getByElectionRoute = createRoute({
  method: 'get',
  path: '/api/results/by-elections/{seat}',
  tags: TAGS,
  summary: 'A by-election against the previous general election, and its swing repeated nationally',
  request: {
    params: z.object({ seat: z.string().min(1).max(200) }),
    query: z.object({
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
        .optional()
        .openapi({ description: 'Needed when the seat had several by-elections.' }),
    }),
  },
  responses: {
    200: ok(
      'Change, swing and the seats that would change hands.',
      z
        .object({ analysis: z.object({}).loose(), repeated: z.object({}).loose() })
        .openapi('ByElectionReport'),
    ),
    404: problem('No such seat or by-election; the detail lists the closest.'),
  },
});

/** POST /api/results/projection */
export const projectionRoute = createRoute({
  method: 'post',
  path: '/api/results/projection',
  tags: TAGS,
  summary: 'Project GB vote shares onto seats (a scenario calculator, not a forecast)',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              shares: z.union([z.string().max(1000), z.record(z.string().max(20), z.number())]).openapi({
                description: 'Percent by party, adding up to 100 ± 0.5: "Lab=45,Con=39,…" or {"Lab":45,…}.',
                example: 'Lab=34,Con=24,RUK=15,LD=12,Green=7,SNP=3,Oth=5',
              }),
              model: z.enum(MODEL_NAMES as [ModelName, ...ModelName[]]).default('uns'),
              level: z.enum(LEVELS as [Level, ...Level[]]).default('gb'),
              base: electionRef.optional(),
            })
            .openapi('ProjectionRequest'),
        },
      },
    },
  },
  responses: {
    200: ok(
      'Seats per party, each constituency’s predicted shares and winner, and the spread across models.',
      z
        .object({
          model: z.string(),
          level: z.string(),
          seats: z.record(z.string(), z.number().int()),
          constituencies: z.array(z.object({ code: z.string(), winner: z.string() }).loose()),
          spread: z.record(z.string(), z.object({ min: z.number(), max: z.number() }).loose()),
        })
        .loose()
        .openapi('Projection'),
    ),
    400: problem('Shares that are not numbers, negative, for unknown parties, or not adding up to 100.'),
  },
});

/** GET /api/results/projection/baseline */
export const projectionBaselineRoute = createRoute({
  method: 'get',
  path: '/api/results/projection/baseline',
  tags: TAGS,
  summary: 'The base election in the form the projection models use (for projecting in the browser)',
  request: { query: z.object({ election: electionRef.optional() }) },
  responses: {
    200: ok(
      'Seat i, party j share is shares[i × parties.length + j].',
      z
        .object({
          election: z.string(),
          parties: z.array(z.string()),
          seats: z.array(z.object({ code: z.string() }).loose()),
          shares: z.array(z.number()),
          weights: z.array(z.number()),
          othersLead: z.array(z.number()),
        })
        .openapi('ProjectionBaseline'),
    ),
    404: problem('Unknown election.'),
  },
});

/** GET /api/results/backtest */
export const backtestRoute = createRoute({
  method: 'get',
  path: '/api/results/backtest',
  tags: TAGS,
  summary: 'How each model would have done: actual shares fed into the previous election',
  responses: {
    200: ok(
      'Per pair, model and level: predicted minus actual GB seats per party, and seats called wrongly.',
      z.array(
        z
          .object({ from: z.number().int(), to: z.number().int(), model: z.string(), miscalled: z.number() })
          .loose(),
      ),
    ),
  },
});

/** GET /api/results/hexes/{boundarySet} */
export const hexLayoutRoute = createRoute({
  method: 'get',
  path: '/api/results/hexes/{boundarySet}',
  tags: TAGS,
  summary: 'The Open Innovations hex map of a boundary set (© Open Innovations, CC BY 4.0)',
  request: { params: z.object({ boundarySet }) },
  responses: {
    200: ok(
      'Layout (odd-r) and one hex per seat.',
      z
        .object({
          layout: z.string(),
          hexes: z.array(
            z.object({
              code: z.string(),
              name: z.string(),
              q: z.number().int(),
              r: z.number().int(),
              regionCode: z.string().nullable(),
            }),
          ),
        })
        .openapi('HexLayout'),
    ),
  },
});
