import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { endpoints } from '@waymark/api';
import { diffJourneys } from '@waymark/domain';
import type { AppDeps } from '../deps';
import { HttpError } from '../http/errors';
import { requireEvents } from './events';
import { computeFigures } from './figures';
import { requireJourney } from './lookup';

/** Diff between revisions and the measured figures of a journey. */
export function registerJourneyInsightRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const { maps } = deps;

  app.openapi(createRoute(endpoints.diffJourney), async (c) => {
    const { id } = c.req.valid('param');
    const { from, to } = c.req.valid('query');
    const before = await requireJourney(maps, id, from).catch(() => {
      throw new HttpError(404, 'not_found', `journey "${id}" has no revision ${from}`, 'query.from');
    });
    const after = await requireJourney(maps, id, to).catch(() => {
      throw new HttpError(404, 'not_found', `journey "${id}" has no revision ${to}`, 'query.to');
    });
    const { changes } = diffJourneys(before.journey, after.journey);
    return c.json({ journeyId: id, from, to, changes }, 200);
  });

  app.openapi(createRoute(endpoints.journeyFigures), async (c) => {
    const { id } = c.req.valid('param');
    const range = c.req.valid('query');
    const stored = await requireJourney(maps, id);
    return c.json(await computeFigures(requireEvents(deps), stored.journey, range, c.req.raw.signal), 200);
  });
}
