import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { endpoints } from '@waymark/api';
import { REVISION_AUTHORS } from '@waymark/domain';
import type { AppDeps } from '../deps';
import { HttpError } from '../http/errors';
import { requirePersona } from './lookup';

/** Persona CRUD and the avatar upload (stored in the persona as a base64 data URL). */
export function registerPersonaRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const { maps } = deps;

  app.openapi(createRoute(endpoints.listPersonas), async (c) => {
    const { workspaceId } = c.req.valid('query');
    return c.json(await maps.listPersonas(workspaceId), 200);
  });

  app.openapi(createRoute(endpoints.getPersona), async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await requirePersona(maps, id), 200);
  });

  app.openapi(createRoute(endpoints.savePersona), async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    if (body.persona.id !== id) {
      throw new HttpError(
        400,
        'invalid_request',
        `the persona's id "${body.persona.id}" does not match the URL's "${id}"`,
        'body.persona.id',
      );
    }
    const existing = await maps.getPersona(id);
    const workspaceId = body.workspaceId ?? existing?.workspaceId ?? deps.defaultWorkspaceId;
    if (!(await maps.getWorkspace(workspaceId))) {
      throw new HttpError(404, 'not_found', `workspace "${workspaceId}" does not exist`, 'body.workspaceId');
    }
    const stored = await maps.savePersona(workspaceId, body.persona, {
      baseRevision: body.baseRevision ?? 0,
      author: REVISION_AUTHORS.localUser,
    });
    return c.json(stored, 200);
  });

  app.openapi(createRoute(endpoints.deletePersona), async (c) => {
    const { id } = c.req.valid('param');
    const { baseRevision } = c.req.valid('query');
    await requirePersona(maps, id);
    await maps.deletePersona(id, { baseRevision: baseRevision ?? 'force' });
    return c.json({ deleted: id }, 200);
  });

  app.openapi(createRoute(endpoints.uploadAvatar), async (c) => {
    const { id } = c.req.valid('param');
    const { file, baseRevision } = c.req.valid('form');
    const current = await requirePersona(maps, id);
    const bytes = Buffer.from(await file.arrayBuffer());
    if (!hasImageSignature(bytes, file.type)) {
      throw new HttpError(415, 'unsupported_media_type', `the file is not a ${file.type} image`, 'body.file');
    }
    const avatar = `data:${file.type};base64,${bytes.toString('base64')}`;
    const stored = await maps.savePersona(
      current.workspaceId,
      { ...current.persona, avatar },
      { baseRevision: baseRevision ?? current.revision, author: REVISION_AUTHORS.localUser },
    );
    return c.json(stored, 200);
  });
}

/** True when the bytes start with the magic number of the declared image type. */
function hasImageSignature(bytes: Buffer, type: string): boolean {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  switch (type) {
    case 'image/png':
      return starts(0x89, 0x50, 0x4e, 0x47);
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'image/gif':
      return starts(0x47, 0x49, 0x46, 0x38);
    case 'image/webp':
      return starts(0x52, 0x49, 0x46, 0x46) && bytes.subarray(8, 12).toString('latin1') === 'WEBP';
    default:
      return false;
  }
}
