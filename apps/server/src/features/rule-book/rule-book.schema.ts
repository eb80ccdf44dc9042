import { createRoute, z } from '@hono/zod-openapi';
import { isoDateParam, partyRefusals, problemContent } from '../../context/party-schemas';

/** One edition of the party's timeline, with the dates it governs. */
const TimelineEntrySchema = z
  .strictObject({
    editionId: z.string(),
    title: z.string(),
    party: z.string(),
    effectiveFrom: z.string(),
    until: z
      .string()
      .nullable()
      .openapi({ description: 'The last day it governs; null while it is the latest.' }),
    inForce: z.boolean().openapi({ description: 'True for the edition in force today.' }),
  })
  .openapi('RuleBookTimelineEntry');

/** Which rule book the party applies from when, what each section covers, and what to verify. */
export const RuleBookSchema = z
  .strictObject({
    timeline: z.array(TimelineEntrySchema),
    inForce: z
      .union([z.strictObject({ editionId: z.string(), title: z.string() }), z.null()])
      .openapi({ description: 'The edition in force today; null before the first adopted edition.' }),
    sections: z.array(
      z.strictObject({
        name: z.string(),
        title: z.string(),
        caveats: z.array(z.strictObject({ path: z.string(), note: z.string() })),
      }),
    ),
    editions: z
      .array(
        z.strictObject({ id: z.string(), title: z.string(), party: z.string(), effectiveFrom: z.string() }),
      )
      .openapi({ description: 'Every edition Caucus knows, to choose from.' }),
    permissions: z.strictObject({ adopt: z.boolean() }),
  })
  .openapi('RuleBook');

/** GET /api/rule-book */
export const getRuleBookRoute = createRoute({
  method: 'get',
  path: '/api/rule-book',
  tags: ['Rule book'],
  summary: 'Which rule-book edition the party applies from which date (national officers and administrators)',
  responses: {
    200: {
      description: 'The timeline and the edition in force today.',
      content: { 'application/json': { schema: RuleBookSchema } },
    },
    ...partyRefusals,
  },
});

/** The party's new timeline. */
export const AdoptBodySchema = z.object({
  entries: z
    .array(
      z.object({
        editionId: z.string().min(1).max(100).openapi({ example: 'labour-2021' }),
        effectiveFrom: isoDateParam.openapi({ example: '2021-09-29' }),
      }),
    )
    .min(1, 'give at least one edition'),
});

/** PUT /api/rule-book */
export const adoptRuleBookRoute = createRoute({
  method: 'put',
  path: '/api/rule-book',
  tags: ['Rule book'],
  summary: "Replace the party's rule-book timeline (administrators; every server process reloads it)",
  request: { body: { required: true, content: { 'application/json': { schema: AdoptBodySchema } } } },
  responses: {
    200: { description: 'The new timeline.', content: { 'application/json': { schema: RuleBookSchema } } },
    400: { description: 'Unknown edition or two editions on one day.', content: problemContent },
    ...partyRefusals,
  },
});
