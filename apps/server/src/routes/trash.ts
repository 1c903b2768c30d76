import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { endpoints, purgeTimeOf, trashCutoff } from '@waymark/api';
import type { TrashedJourneyWire } from '@waymark/api';
import type { TrashedJourney } from '@waymark/store';
import type { AppDeps } from '../deps';

/** A trashed map as the API sends it: with the time it will be purged. */
export function trashedWire(trashed: TrashedJourney): TrashedJourneyWire {
  return { ...trashed, purgeAt: purgeTimeOf(trashed.deletedAt) };
}

/** The trash: list, restore, purge. Deleting a map (to the trash) is `DELETE /api/journeys/{id}`. */
export function registerTrashRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const { maps } = deps;

  app.openapi(createRoute(endpoints.listTrash), async (c) => {
    const { workspaceId } = c.req.valid('query');
    await maps.purgeTrash({ deletedBefore: trashCutoff() });
    return c.json((await maps.listTrash(workspaceId)).map(trashedWire), 200);
  });

  app.openapi(createRoute(endpoints.undeleteJourney), async (c) => {
    const { id } = c.req.valid('param');
    await maps.purgeTrash({ deletedBefore: trashCutoff() });
    return c.json(await maps.undeleteJourney(id), 200);
  });

  app.openapi(createRoute(endpoints.purgeJourney), async (c) => {
    const { id } = c.req.valid('param');
    await maps.purgeJourney(id);
    return c.json({ purged: id }, 200);
  });
}
