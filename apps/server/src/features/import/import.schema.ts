import { createRoute, z } from '@hono/zod-openapi';
import {
  JsonValueSchema,
  partyRefusals,
  problemContent,
  UnitParamsSchema,
} from '../../context/party-schemas';

/** A membership CSV sent as JSON. */
export const ImportJsonBodySchema = z.object({
  csv: z.string().min(1, 'the CSV is empty').openapi({ description: 'The CSV text, header row first.' }),
});

const issueSchema = z.strictObject({
  severity: z.enum(['error', 'warning']),
  line: z.number().int(),
  column: z.string().nullable(),
  columnNumber: z.number().int().nullable(),
  value: z.string().nullable(),
  message: z.string(),
  fix: z.string(),
});

/** What an import would do (dry run) or did. */
export const ImportPlanSchema = z
  .strictObject({
    dryRun: z.boolean(),
    applied: z.boolean(),
    asOf: z.string(),
    hasErrors: z.boolean(),
    counts: z.strictObject({
      creates: z.number().int(),
      updates: z.number().int(),
      unchanged: z.number().int(),
      notInFile: z.number().int(),
      errors: z.number().int(),
      warnings: z.number().int(),
    }),
    creates: z.array(
      z.strictObject({
        line: z.number().int(),
        membershipNumber: z.string(),
        name: z.string(),
        branchName: z.string(),
      }),
    ),
    updates: z.array(
      z.strictObject({
        line: z.number().int(),
        memberId: z.string(),
        membershipNumber: z.string(),
        name: z.string(),
        changes: z.array(
          z.strictObject({
            field: z.string(),
            withheld: z.boolean(),
            before: JsonValueSchema.optional(),
            after: JsonValueSchema.optional(),
          }),
        ),
      }),
    ),
    truncated: z
      .boolean()
      .openapi({ description: 'True when only the first 500 creates or updates are listed.' }),
    errors: z.array(issueSchema).readonly(),
    warnings: z.array(issueSchema).readonly(),
  })
  .openapi('ImportPlan');

/** POST /api/units/{unitId}/imports */
export const importMembersRoute = createRoute({
  method: 'post',
  path: '/api/units/{unitId}/imports',
  tags: ['Members'],
  summary:
    'Import a membership CSV into a unit: a dry run shows what would change; applying is all-or-nothing',
  description:
    'Send the CSV as text/csv, or as JSON {"csv": "..."}. Rows match members by membership number, so importing the same file again changes nothing. A file with any error imports nothing (422, with the row errors).',
  request: {
    params: UnitParamsSchema,
    query: z.object({
      dryRun: z
        .enum(['true', 'false'])
        .default('true')
        .openapi({ description: 'true (default): only report; false: apply.' }),
    }),
    body: {
      // Not marked required: the JSON validator must let text/csv bodies through (checked in the handler).
      required: false,
      content: {
        'text/csv': { schema: z.string() },
        'application/json': { schema: ImportJsonBodySchema },
      },
    },
  },
  responses: {
    200: {
      description: 'The plan, and whether it was applied.',
      content: { 'application/json': { schema: ImportPlanSchema } },
    },
    400: { description: 'No CSV sent.', content: problemContent },
    422: {
      description: 'The file has errors; nothing was imported.',
      content: { 'application/json': { schema: ImportPlanSchema } },
    },
    ...partyRefusals,
  },
});
