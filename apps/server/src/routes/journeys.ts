import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { endpoints } from '@waymark/api';
import {
  REVISION_AUTHORS,
  createFromTemplate,
  duplicateJourney,
  getTemplate,
  parseJourney,
} from '@waymark/domain';
import { AUTOSAVE_BURST, renameJourney } from '@waymark/store';
import type { AppDeps } from '../deps';
import { HttpError } from '../http/errors';
import { requireJourney } from './lookup';
import { trashedWire } from './trash';

/**
 * Journey CRUD, revisions, labels and restore. Diff and figures live in `journey-insights.ts`. Writes
 * are recorded as made by the local user until accounts exist; saves fold into autosave bursts.
 */
export function registerJourneyRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const { maps } = deps;

  app.openapi(createRoute(endpoints.listJourneys), async (c) => {
    const { workspaceId } = c.req.valid('query');
    return c.json(await maps.listJourneys(workspaceId), 200);
  });

  app.openapi(createRoute(endpoints.getJourney), async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await requireJourney(maps, id), 200);
  });

  app.openapi(createRoute(endpoints.getJourneyRevision), async (c) => {
    const { id, revision } = c.req.valid('param');
    return c.json(await requireJourney(maps, id, revision), 200);
  });

  app.openapi(createRoute(endpoints.createJourney), async (c) => {
    const body = c.req.valid('json');
    const workspaceId = body.workspaceId ?? deps.defaultWorkspaceId;
    const workspace = await maps.getWorkspace(workspaceId);
    if (!workspace) {
      throw new HttpError(404, 'not_found', `workspace "${workspaceId}" does not exist`, 'body.workspaceId');
    }
    const locale = body.locale ?? workspace.locale;
    const template = getTemplate(body.templateId);
    const journey = createFromTemplate(template.id, {
      title: body.title ?? template.name[locale],
      locale,
      personaIds: body.personaIds ?? [],
    });
    const stored = await maps.createJourney(workspaceId, journey, {
      author: REVISION_AUTHORS.localUser,
      message: `Created from template ${template.id}`,
    });
    return c.json(stored, 200);
  });

  app.openapi(createRoute(endpoints.saveJourney), async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    if (body.journey.id !== id) {
      throw new HttpError(
        400,
        'invalid_request',
        `the journey's id "${body.journey.id}" does not match the URL's "${id}"`,
        'body.journey.id',
      );
    }
    const journey = parseJourney(body.journey);
    const stored = await maps.saveJourney(journey, {
      baseRevision: body.baseRevision,
      author: REVISION_AUTHORS.localUser,
      action: 'save',
      burst: AUTOSAVE_BURST,
      ...(body.message === undefined ? {} : { message: body.message }),
    });
    return c.json(stored, 200);
  });

  app.openapi(createRoute(endpoints.deleteJourney), async (c) => {
    const { id } = c.req.valid('param');
    const { baseRevision } = c.req.valid('query');
    const trashed = await maps.deleteJourney(id, { baseRevision: baseRevision ?? 'force' });
    return c.json({ deleted: id, trashed: trashedWire(trashed) }, 200);
  });

  app.openapi(createRoute(endpoints.duplicateJourney), async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const original = await requireJourney(maps, id);
    const workspaceId = body.workspaceId ?? original.workspaceId;
    if (!(await maps.getWorkspace(workspaceId))) {
      throw new HttpError(404, 'not_found', `workspace "${workspaceId}" does not exist`, 'body.workspaceId');
    }
    const copy = duplicateJourney(original.journey, body.title === undefined ? {} : { title: body.title });
    const stored = await maps.createJourney(workspaceId, copy, {
      author: REVISION_AUTHORS.localUser,
      message: `Duplicated from ${id} revision ${original.revision}`,
    });
    return c.json(stored, 200);
  });

  app.openapi(createRoute(endpoints.renameJourney), async (c) => {
    const { id } = c.req.valid('param');
    const { title, baseRevision } = c.req.valid('json');
    await requireJourney(maps, id);
    const stored = await renameJourney(maps, id, title, { baseRevision, author: REVISION_AUTHORS.localUser });
    return c.json(stored, 200);
  });

  app.openapi(createRoute(endpoints.journeyHistory), async (c) => {
    const { id } = c.req.valid('param');
    await requireJourney(maps, id);
    return c.json(await maps.history(id), 200);
  });

  app.openapi(createRoute(endpoints.labelRevision), async (c) => {
    const { id, revision } = c.req.valid('param');
    const { label } = c.req.valid('json');
    await requireJourney(maps, id, revision);
    return c.json(await maps.labelRevision(id, revision, label), 200);
  });

  app.openapi(createRoute(endpoints.restoreJourney), async (c) => {
    const { id } = c.req.valid('param');
    const { revision, baseRevision } = c.req.valid('json');
    await requireJourney(maps, id, revision);
    const stored = await maps.restore(id, revision, {
      baseRevision,
      author: REVISION_AUTHORS.localUser,
      action: 'restore',
      message: `Restored revision ${revision}`,
    });
    return c.json(stored, 200);
  });
}
