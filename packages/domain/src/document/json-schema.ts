import { z } from 'zod';
import { CURRENT_FORMAT, journeyDocumentSchema } from './document-schema';

/**
 * The published JSON Schema (draft 2020-12) of `waymark.journey/v1`, generated from the zod schema
 * with `io: 'input'` so fields with defaults are optional, as writers may omit them. It covers the
 * shape only; cross-entity rules (unique ids, items in existing cells, ...) need `parseDocument`.
 */
export function journeyDocumentJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(journeyDocumentSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...generated,
    title: CURRENT_FORMAT,
    description:
      'A Waymark customer journey map with the personas it names. Shape only: ids must also be unique, items must sit in existing stages and lanes, and so on (see packages/domain/src/validation).',
  };
}

/** The JSON Schema as committed in `packages/domain/waymark.journey.v1.schema.json`. */
export function journeyDocumentJsonSchemaText(): string {
  return `${JSON.stringify(journeyDocumentJsonSchema(), null, 2)}\n`;
}
