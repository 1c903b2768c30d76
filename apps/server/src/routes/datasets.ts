import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { eventDataSetHome } from '@waymark/analytics';
import { endpoints } from '@waymark/api';
import { DataSetCatalog, DataSetNotFoundError } from '@waymark/domain';
import type { DataSetHome } from '@waymark/domain';
import { mapStoreDataSetHome } from '@waymark/store';
import type { AppDeps } from '../deps';

/** The data sets of the workspace: evidence ones in the map store, events ones in the event store (when configured). */
export function dataSetCatalog(deps: AppDeps): DataSetCatalog {
  const homes: DataSetHome[] = [mapStoreDataSetHome(deps.maps)];
  if (deps.events) homes.push(eventDataSetHome(deps.events));
  return new DataSetCatalog(homes);
}

/** The data set with this id (the API names data sets by id only, never by name), or a 404. */
async function byId(catalog: DataSetCatalog, id: string): Promise<void> {
  if (!(await catalog.list()).some((dataSet) => dataSet.id === id)) throw new DataSetNotFoundError(id);
}

/** Listing, renaming and deleting data sets. */
export function registerDataSetRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(createRoute(endpoints.listDataSets), async (c) => {
    const { kind } = c.req.valid('query');
    const listed = await dataSetCatalog(deps).list();
    return c.json(
      listed.filter((dataSet) => kind === undefined || dataSet.kind === kind),
      200,
    );
  });

  app.openapi(createRoute(endpoints.renameDataSet), async (c) => {
    const { id } = c.req.valid('param');
    const { name } = c.req.valid('json');
    const catalog = dataSetCatalog(deps);
    await byId(catalog, id);
    return c.json(await catalog.rename(id, name), 200);
  });

  app.openapi(createRoute(endpoints.deleteDataSet), async (c) => {
    const { id } = c.req.valid('param');
    const catalog = dataSetCatalog(deps);
    await byId(catalog, id);
    return c.json({ deleted: await catalog.delete(id) }, 200);
  });
}
