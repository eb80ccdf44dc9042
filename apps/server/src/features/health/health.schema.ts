import { createRoute, z } from '@hono/zod-openapi';

/** Health report as sent to clients. */
export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']).openapi({ description: '"ok" when the database answers.' }),
    version: z.string().openapi({ example: '0.1.0' }),
    uptimeSeconds: z.number().int().nonnegative(),
    database: z.object({
      engine: z.enum(['pglite', 'postgres']),
      ok: z.boolean(),
      latencyMs: z
        .number()
        .nonnegative()
        .nullable()
        .openapi({ description: 'Round trip of a trivial query.' }),
      migrations: z
        .object({ applied: z.number().int(), pending: z.number().int() })
        .nullable()
        .openapi({ description: 'Null when the database could not be asked.' }),
      error: z.string().optional().openapi({ description: 'Why the database is unavailable.' }),
    }),
  })
  .openapi('Health');

/** GET /api/health */
export const getHealthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['System'],
  summary: 'Service and database status',
  description:
    'Reports whether the server can reach its database, which engine it uses, and migration state.',
  responses: {
    200: { description: 'The service is up.', content: { 'application/json': { schema: HealthSchema } } },
    503: {
      description: 'The database does not answer.',
      content: { 'application/json': { schema: HealthSchema } },
    },
  },
});
