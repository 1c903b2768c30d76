import { z } from 'zod';
import { localeSchema } from '@waymark/domain';
import { endpoint, errorResponses, ok } from '../endpoint';
import { templateSummarySchema } from '../wire';

/** Template gallery endpoint. */
export const listTemplates = endpoint({
  method: 'get',
  path: '/api/templates',
  operationId: 'listTemplates',
  tags: ['templates'],
  summary: 'List map templates with the stages and lanes of their previews',
  request: { query: z.strictObject({ locale: localeSchema.optional() }) },
  responses: { ...ok(z.array(templateSummarySchema), 'The templates'), ...errorResponses },
});
