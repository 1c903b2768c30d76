import { z } from 'zod';
import { endpoint, errorResponses, ok } from '../endpoint';

/** Liveness and which backends the server runs on. */
export const healthCheck = endpoint({
  method: 'get',
  path: '/api/health',
  operationId: 'healthCheck',
  tags: ['meta'],
  summary: 'Liveness and the backends in use',
  responses: {
    ...ok(
      z.object({
        ok: z.literal(true),
        version: z.string(),
        mapStore: z.enum(['pglite', 'postgres']),
        eventStore: z.enum(['duckdb', 'clickhouse', 'none']),
        defaultWorkspaceId: z.string(),
      }),
      'The server is up',
    ),
    ...errorResponses,
  },
});
