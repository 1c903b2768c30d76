import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import v0Example from '../fixtures/v0-example.json';
import { createFromTemplate } from '../templates/registry';
import { makeJourney, makePersona } from '../testing/factories';
import { journeyDocumentJsonSchema, journeyDocumentJsonSchemaText } from './json-schema';
import { parseDocument } from './parse-document';

const committed = readFileSync(new URL('../../waymark.journey.v1.schema.json', import.meta.url), 'utf8');

/**
 * A deliberately small JSON Schema check: types, required keys, const/enum, and oneOf/anyOf
 * branches. Enough to show example documents fit the published schema's structure.
 */
function problems(schema: unknown, value: unknown, path = '$'): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const get = (key: string): unknown => Reflect.get(schema, key);
  const branches = get('oneOf') ?? get('anyOf');
  if (Array.isArray(branches)) {
    return branches.some((b) => problems(b, value, path).length === 0) ? [] : [`${path}: matches no branch`];
  }
  const constant = get('const');
  if (constant !== undefined && constant !== value) return [`${path}: expected ${JSON.stringify(constant)}`];
  const options = get('enum');
  if (Array.isArray(options) && !options.includes(value)) return [`${path}: not in enum`];
  const type = get('type');
  if (type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return [`${path}: expected an object`];
    const required = get('required');
    const missing = Array.isArray(required)
      ? required.filter((k) => typeof k === 'string' && !(k in value))
      : [];
    const properties = get('properties');
    const nested = Object.entries(
      typeof properties === 'object' && properties !== null ? properties : {},
    ).flatMap(([key, sub]) => (key in value ? problems(sub, Reflect.get(value, key), `${path}.${key}`) : []));
    return [...missing.map((k) => `${path}.${String(k)}: required`), ...nested];
  }
  if (type === 'array') {
    if (!Array.isArray(value)) return [`${path}: expected an array`];
    return value.flatMap((v, i) => problems(get('items'), v, `${path}[${i}]`));
  }
  if (type === 'string' && typeof value !== 'string') return [`${path}: expected a string`];
  if ((type === 'number' || type === 'integer') && typeof value !== 'number')
    return [`${path}: expected a number`];
  return [];
}

describe('published JSON Schema', () => {
  it('matches the committed file (run scripts/generate-schema.ts after changing the schema)', () => {
    expect(journeyDocumentJsonSchemaText()).toBe(committed);
  });

  it('makes defaulted fields optional and requires the core keys', () => {
    const schema = journeyDocumentJsonSchema();
    expect(Reflect.get(schema, 'required')).toEqual(['format', 'journey']);
    const journey: unknown = Reflect.get(Object(schema['properties']), 'journey');
    expect(Reflect.get(Object(journey), 'required')).toEqual([
      'id',
      'title',
      'mapType',
      'journeyKind',
      'locale',
      'direction',
      'stages',
      'lanes',
    ]);
  });

  it('accepts the example documents and rejects broken ones', () => {
    const schema: unknown = JSON.parse(committed);
    const examples = [
      { format: 'waymark.journey/v1', journey: makeJourney(), personas: [makePersona()] },
      parseDocument(v0Example),
      {
        format: 'waymark.journey/v1',
        journey: createFromTemplate('service-blueprint', { title: 'خدمت', locale: 'fa' }),
      },
    ];
    for (const doc of examples) expect(problems(schema, JSON.parse(JSON.stringify(doc)))).toEqual([]);
    const { title: _title, ...untitled } = makeJourney();
    expect(problems(schema, { format: 'waymark.journey/v1', journey: untitled })).toEqual([
      '$.journey.title: required',
    ]);
    expect(problems(schema, { format: 'waymark.journey/v0', journey: makeJourney() })).toEqual([
      '$.format: expected "waymark.journey/v1"',
    ]);
    const badItem = { ...makeJourney(), items: [{ type: 'sticker' }] };
    expect(problems(schema, { format: 'waymark.journey/v1', journey: badItem })).toEqual([
      '$.journey.items[0]: matches no branch',
    ]);
  });
});
