import { describe, expect, it } from 'vitest';
import v0Example from '../fixtures/v0-example.json';
import { makeJourney, makePersona } from '../testing/factories';
import { ValidationError } from '../validation/errors';
import { formatIssue } from '../validation/issues';
import { CURRENT_FORMAT } from './document-schema';
import type { JourneyDocument } from './document-schema';
import { MIGRATIONS, supportedVersions } from './migrations';
import { parseDocument, parseDocumentText, validateDocument } from './parse-document';
import { serializeDocument } from './serialize-document';

function makeDocument(): JourneyDocument {
  return { format: CURRENT_FORMAT, journey: makeJourney(), personas: [makePersona()] };
}

function thrown(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('parseDocument (v1)', () => {
  it('reads a valid v1 document', () => {
    const doc = parseDocument(JSON.parse(JSON.stringify(makeDocument())));
    expect(doc).toEqual(makeDocument());
  });

  it('names $.format and the supported versions for an unknown format', () => {
    const error = thrown(() => parseDocument({ ...makeDocument(), format: 'waymark.journey/v9' }));
    expect(error.issues.map(formatIssue)).toEqual([
      `$.format: expected a supported format (${supportedVersions()}) (got "waymark.journey/v9")`,
    ]);
    expect(supportedVersions()).toContain('waymark.journey/v1');
    expect(thrown(() => parseDocument({ journey: {} })).issues[0]?.path).toBe('$.format');
    expect(thrown(() => parseDocument([])).issues[0]?.path).toBe('$');
  });

  it('puts journey issues under $.journey and checks personas', () => {
    const doc = makeDocument();
    const error = thrown(() =>
      parseDocument({
        ...doc,
        journey: {
          ...doc.journey,
          lanes: doc.journey.lanes.map((l, i) => (i === 1 ? { ...l, kind: 'x' } : l)),
        },
      }),
    );
    expect(error.issues[0]?.path).toBe('$.journey.lanes[1].kind');
    const noPersona = validateDocument({ ...doc, personas: [] });
    expect(noPersona.ok ? [] : noPersona.issues.map(formatIssue)).toEqual([
      '$.journey.personaIds[0]: expected a persona included in $.personas (got "per_a")',
    ]);
    const twice = validateDocument({ ...doc, personas: [makePersona(), makePersona()] });
    expect(twice.ok ? [] : twice.issues.map((i) => i.path)).toEqual(['$.personas[1].id']);
  });

  it('turns bad JSON text into a ValidationError at $', () => {
    expect(thrown(() => parseDocumentText('{"format":')).issues[0]?.path).toBe('$');
  });
});

describe('serializeDocument', () => {
  it('writes 2-space JSON with a trailing newline and schema key order', () => {
    const doc = makeDocument();
    const shuffled = {
      personas: doc.personas,
      journey: { ...doc.journey, title: doc.journey.title },
      format: doc.format,
    };
    const text = serializeDocument(shuffled);
    expect(text.endsWith('}\n')).toBe(true);
    expect(
      text.startsWith(
        '{\n  "format": "waymark.journey/v1",\n  "journey": {\n    "id": "jrn_test",\n    "title"',
      ),
    ).toBe(true);
    expect(serializeDocument(doc)).toBe(text);
  });

  it('refuses an invalid document', () => {
    const doc = makeDocument();
    expect(() => serializeDocument({ ...doc, journey: { ...doc.journey, stages: [] } })).toThrow(
      ValidationError,
    );
  });

  it('keeps Thai, Chinese, Persian and Vietnamese text byte for byte through parse → serialize → parse', () => {
    const names = ['ร้านค้าออนไลน์', '線上商店', 'فروشگاه آنلاین', 'Cửa hàng trực tuyến'];
    const base = makeDocument();
    const doc: JourneyDocument = {
      ...base,
      journey: {
        ...base.journey,
        title: names.join(' / '),
        stages: base.journey.stages.map((s, i) => ({ ...s, name: names[i] ?? s.name })),
        items: base.journey.items.map((it) => ({ ...it, text: `${it.text} ${names[3]}` })),
      },
      personas: [makePersona({ name: names[2], quote: names[1] })],
    };
    const first = serializeDocument(parseDocument(JSON.parse(serializeDocument(doc))));
    const again = parseDocument(JSON.parse(first));
    expect(serializeDocument(again)).toBe(first);
    expect(again.journey.title).toBe('ร้านค้าออนไลน์ / 線上商店 / فروشگاه آنلاین / Cửa hàng trực tuyến');
    expect(again.journey.stages.map((s) => s.name)).toEqual(names.slice(0, 3));
    expect(new TextEncoder().encode(again.personas[0]?.name)).toEqual(
      new TextEncoder().encode('فروشگاه آنلاین'),
    );
    // NFC/NFD must not be touched: a decomposed Vietnamese string survives as is.
    const nfd = 'Cửa hàng trực tuyến'.normalize('NFD');
    const decomposed = parseDocument(
      JSON.parse(serializeDocument({ ...doc, journey: { ...doc.journey, title: nfd } })),
    );
    expect(decomposed.journey.title).toBe(nfd);
    expect(decomposed.journey.title).not.toBe(nfd.normalize('NFC'));
  });
});

describe('v0 migration', () => {
  it('has one migration step per version', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual([[0, 1]]);
  });

  it('migrates the v0 example to a valid v1 document with the expected stages, lanes and items', () => {
    const doc = parseDocument(v0Example);
    const { journey } = doc;
    expect(doc.format).toBe('waymark.journey/v1');
    expect(journey.title).toBe('ร้านค้าออนไลน์: first order');
    expect(journey.mapType).toBe('current_state');
    expect(journey.stages.map((s) => [s.id, s.name])).toEqual([
      ['stg_v0_0', 'Browse'],
      ['stg_v0_1', 'Checkout'],
      ['stg_v0_2', 'Delivery'],
    ]);
    expect(journey.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Doing', 'actions'],
      ['Where', 'touchpoints'],
      ['Mood', 'emotions'],
      ['Problems', 'pain_points'],
      ['Ideas', 'opportunities'],
    ]);
    expect(journey.items.map((it) => [it.type, it.stageId, it.laneId, it.text])).toEqual([
      ['card', 'stg_v0_0', 'lan_v0_0', 'Searches for a gift'],
      ['card', 'stg_v0_0', 'lan_v0_0', 'Compares prices'],
      ['touchpoint', 'stg_v0_1', 'lan_v0_1', 'Checkout page'],
      ['emotion_point', 'stg_v0_0', 'lan_v0_2', ''],
      ['emotion_point', 'stg_v0_1', 'lan_v0_2', 'Surprised by fees'],
      ['pain_point', 'stg_v0_1', 'lan_v0_3', 'Shipping cost appears at the last step'],
      ['opportunity', 'stg_v0_1', 'lan_v0_4', 'Show shipping cost on the product page'],
      ['card', 'stg_v0_2', 'lan_v0_0', 'Tracks the parcel'],
    ]);
    const scores = journey.items.flatMap((it) => (it.type === 'emotion_point' ? [it.score] : []));
    expect(scores).toEqual([3, -2]);
    expect(doc.personas.map((p) => [p.id, p.name])).toEqual([['per_v0', 'First-time buyer']]);
    expect(journey.personaIds).toEqual(['per_v0']);
    // Deterministic: the same file migrates to the same bytes.
    expect(serializeDocument(parseDocument(v0Example))).toBe(serializeDocument(doc));
  });

  it('reports v0 problems with v0 paths', () => {
    const cells = [...v0Example.cells, { column: 7, row: 2 }];
    const error = thrown(() => parseDocument({ ...v0Example, cells }));
    expect(error.issues.map(formatIssue)).toEqual([
      '$.cells[8].column: expected a column index below 3 (got 7)',
      '$.cells[8].score: expected a score from -5 to 5 in a feelings row (got nothing)',
    ]);
    expect(thrown(() => parseDocument({ ...v0Example, version: 5 })).issues[0]?.path).toBe('$.version');
    expect(thrown(() => parseDocument({ ...v0Example, type: 'map' })).issues[0]?.path).toBe('$.type');
  });
});
