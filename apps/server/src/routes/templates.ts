import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { endpoints } from '@waymark/api';
import { createFromTemplate, listTemplates } from '@waymark/domain';

/** The template gallery: each template with the stages and lanes a new map from it would have. */
export function registerTemplateRoutes(app: OpenAPIHono): void {
  app.openapi(createRoute(endpoints.listTemplates), (c) => {
    const { locale = 'en' } = c.req.valid('query');
    const templates = listTemplates(locale).map((summary) => {
      const preview = createFromTemplate(summary.id, { title: summary.name, locale });
      return {
        id: summary.id,
        name: summary.name,
        description: summary.description,
        mapType: summary.mapType,
        journeyKind: summary.journeyKind,
        stages: preview.stages.map((s) => ({
          id: s.id,
          name: s.name,
          ...(s.color ? { color: s.color } : {}),
        })),
        lanes: preview.lanes.map((l) => ({ id: l.id, kind: l.kind, name: l.name })),
      };
    });
    return c.json(templates, 200);
  });
}
