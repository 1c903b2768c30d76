import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journey } from '@waymark/domain';
import { errorOf, openTestApp } from '../test/harness';
import type { TestApp } from '../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ seed: false });
});
afterAll(async () => {
  await t.close();
});

/** A 1x1 PNG. */
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

function persona(id: string, name: string) {
  return { id, name, goals: ['Buy quickly'], demographics: [{ label: 'Age', value: '30' }] };
}

describe('persona routes', () => {
  it('creates, updates (409 when stale), uploads an avatar and deletes', async () => {
    const { client, app } = t;
    const created = await client.personas.save('per-ana', { persona: persona('per-ana', 'Ana') });
    expect(created.revision).toBe(1);
    await expect(
      client.personas.save('per-ana', { persona: persona('per-ana', 'Ana') }),
    ).rejects.toMatchObject({ status: 409 });
    const updated = await client.personas.save('per-ana', {
      persona: persona('per-ana', 'Ana B'),
      baseRevision: 1,
    });
    expect(updated.revision).toBe(2);
    await expect(
      client.personas.save('per-ana', { persona: persona('per-ana', 'Ana C'), baseRevision: 1 }),
    ).rejects.toMatchObject({ status: 409, code: 'conflict' });
    expect((await client.personas.list()).map((p) => p.persona.name)).toEqual(['Ana B']);
    expect((await client.personas.get('per-ana')).persona.goals).toEqual(['Buy quickly']);

    const withAvatar = await client.personas.uploadAvatar('per-ana', {
      file: new File([PNG], 'me.png', { type: 'image/png' }),
    });
    const sha = createHash('sha256').update(PNG).digest('hex');
    expect(withAvatar.persona.avatar).toBe(`/api/images/${sha}`);
    expect(withAvatar.revision).toBe(3);

    const form = (file: File) => {
      const body = new FormData();
      body.set('file', file);
      return app.request('/api/personas/per-ana/avatar', { method: 'POST', body });
    };
    let res = await form(new File([new Uint8Array(600 * 1024).fill(1)], 'big.png', { type: 'image/png' }));
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatchObject({ code: 'payload_too_large', path: 'body.file' });
    res = await form(new File(['hello'], 'a.txt', { type: 'text/plain' }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('body.file');
    res = await form(new File(['not a png'], 'fake.png', { type: 'image/png' }));
    expect(res.status).toBe(415);

    res = await app.request('/api/personas/per-ana', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ persona: { ...persona('per-ana', 'Ana'), avatar: 7 } }),
    });
    expect((await errorOf(res)).path).toBe('body.persona.avatar');

    await expect(client.personas.delete('per-ana', 1)).rejects.toMatchObject({ status: 409 });
    expect(await client.personas.delete('per-ana')).toEqual({ deleted: 'per-ana' });
    await expect(client.personas.get('per-ana')).rejects.toMatchObject({ status: 404 });
  });
});

describe('import and export', () => {
  let journey: Journey;
  beforeAll(async () => {
    await t.client.personas.save('per-kim', { persona: persona('per-kim', 'Kim') });
    const created = await t.client.journeys.create({
      templateId: 'purchase',
      title: 'Export me',
      personaIds: ['per-kim'],
    });
    const stage = created.journey.stages[0];
    const lane = created.journey.lanes[0];
    if (!stage || !lane) throw new Error('template without stages or lanes');
    journey = {
      ...created.journey,
      items: [
        {
          type: 'card',
          id: 'crd-xss',
          stageId: stage.id,
          laneId: lane.id,
          text: '<img src=x onerror=alert(1)> & "quotes"',
          tags: ['<script>alert(2)</script>'],
          evidence: [],
        },
      ],
    };
    journey = (await t.client.journeys.save(journey.id, { journey, baseRevision: 1 })).journey;
  });

  it('imports exactly what is stored without a new revision of the map or its personas', async () => {
    const { client } = t;
    const before = await client.journeys.get(journey.id);
    const kim = await client.personas.get('per-kim');
    const history = await client.journeys.history(journey.id);
    const xlsx = await client.journeys.export(journey.id, 'xlsx');
    const json = await client.journeys.export(journey.id, 'json');
    for (const file of [new File([xlsx], 'same.xlsx'), new File([json], 'same.json')]) {
      const result = await client.journeys.import({ file });
      expect(result).toMatchObject({
        created: false,
        changed: false,
        journey: { revision: before.revision },
      });
      expect(result.personas).toEqual([kim]);
    }
    expect(await client.journeys.history(journey.id)).toEqual(history);
    expect((await client.personas.get('per-kim')).revision).toBe(kim.revision);

    const edited = await client.journeys.import({
      file: new File([(await json.text()).replace('Export me', 'Export me, edited')], 'edited.json'),
    });
    expect(edited).toMatchObject({ changed: true, journey: { revision: before.revision + 1 } });
    expect(edited.personas).toEqual([kim]);
    const restored = await client.journeys.import({ file: new File([json], 'same.json') });
    expect(restored).toMatchObject({ changed: true, journey: { revision: before.revision + 2 } });
    expect(restored.journey.journey).toEqual(before.journey);
  });

  it('exports json, md and xlsx that import back, a new revision only when edited', async () => {
    const { client } = t;
    const { revision } = await client.journeys.get(journey.id);
    const json = await client.journeys.export(journey.id, 'json');
    const text = await json.text();
    expect(JSON.parse(text)).toMatchObject({
      format: 'waymark.journey/v1',
      journey: { id: journey.id },
      personas: [{ id: 'per-kim' }],
    });

    const md = await (await client.journeys.export(journey.id, 'md')).text();
    expect(md).toContain('Export me');

    const xlsx = await client.journeys.export(journey.id, 'xlsx');
    expect(xlsx.size).toBeGreaterThan(1000);
    const fromXlsx = await client.journeys.import({ file: new File([xlsx], 'map.xlsx') });
    expect(fromXlsx).toMatchObject({ created: false, changed: false, journey: { revision } });
    expect(fromXlsx.journey.journey.items).toEqual(journey.items);

    const edited = JSON.parse(text.replace('Export me', 'Imported title'));
    const fromJson = await client.journeys.import({
      file: new File([JSON.stringify(edited)], 'map.json', { type: 'application/json' }),
    });
    expect(fromJson).toMatchObject({ created: false, changed: true, journey: { revision: revision + 1 } });
    expect(fromJson.journey.journey.title).toBe('Imported title');
    expect((await client.journeys.history(journey.id)).at(-1)?.action).toBe('import');

    const fresh = JSON.parse(text.replaceAll(journey.id, 'jrn-imported-copy'));
    const created = await client.journeys.import({ file: new File([JSON.stringify(fresh)], 'copy.json') });
    expect(created).toMatchObject({
      created: true,
      changed: true,
      journey: { revision: 1, journey: { id: 'jrn-imported-copy' } },
    });
  });

  it('refuses bad documents with the file and place named', async () => {
    const { app } = t;
    const post = (file: File) => {
      const body = new FormData();
      body.set('file', file);
      return app.request('/api/import', { method: 'POST', body });
    };
    let res = await post(new File(['{"format": "waymark.journey/v1", "journey": '], 'broken.json'));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/broken\.json.*line 1/);
    res = await post(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(res.status).toBe(415);
    res = await app.request('/api/import', { method: 'POST', body: new FormData() });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('body.file');
  });

  it('escapes user text in the svg export', async () => {
    const res = await t.app.request(`/api/journeys/${journey.id}/export/svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('content-disposition')).toContain('Imported-title.svg');
    const svg = await res.text();
    expect(svg.startsWith('<svg') || svg.startsWith('<?xml')).toBe(true);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;img');
    // No tag carries an onerror attribute: the text survives only as escaped character data.
    expect(svg).not.toMatch(/<[^>]*\sonerror\s*=/i);
    expect(svg).toContain('onerror=alert(1)&gt;');
    // Its fonts travel with it, and the served policy lets them load.
    expect(svg).toMatch(/@font-face\{font-family:"Waymark DejaVu Sans"/);
    expect(res.headers.get('content-security-policy')).toContain('font-src data:');
  });

  it('prints a PDF on paper when asked, and refuses print options elsewhere or unknown', async () => {
    const res = await t.app.request(
      `/api/journeys/${journey.id}/export/pdf?page=a3&orientation=portrait&layout=fit`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A3 portrait is 842 x 1191 points.
    const box = /MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(Math.abs(Number(box?.[1]) - 842)).toBeLessThan(1);
    expect(Math.abs(Number(box?.[2]) - 1191)).toBeLessThan(1);
    for (const [query, path] of [
      ['svg?page=a4', 'query.page'],
      ['png?orientation=portrait', 'query.orientation'],
      ['pdf?page=a5', 'query.page'],
      ['pdf?layout=spread', 'query.layout'],
    ]) {
      const bad = await t.app.request(`/api/journeys/${journey.id}/export/${query}`);
      expect(bad.status, query).toBe(400);
      expect((await errorOf(bad)).path, query).toBe(path);
    }
    const unknown = await t.app.request(`/api/journeys/${journey.id}/export/pdf?paper=a4`);
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).path).toMatch(/^query(\.paper)?$/);
  });

  it('rejects an unknown export format with the parameter path', async () => {
    const res = await t.app.request(`/api/journeys/${journey.id}/export/docx`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('params.format');
  });

  it('refuses a workbook exported from an older revision with 409 unless force is "true"', async () => {
    const { client } = t;
    const current = await client.journeys.get(journey.id);
    const xlsx = await client.journeys.export(journey.id, 'xlsx');
    const moved = await client.journeys.save(journey.id, {
      journey: { ...current.journey, description: 'Changed while the workbook was out' },
      baseRevision: current.revision,
    });
    const kim = await client.personas.get('per-kim');

    await expect(client.journeys.import({ file: new File([xlsx], 'old.xlsx') })).rejects.toMatchObject({
      status: 409,
      code: 'conflict',
      path: 'body.file',
      message: `old.xlsx: exported from revision ${current.revision} of ${journey.id}, which is now at revision ${moved.revision}; export it again, merge it with merge=true, or import with force=true to replace the newer revisions`,
    });
    expect((await client.journeys.get(journey.id)).revision).toBe(moved.revision);
    expect((await client.personas.get('per-kim')).revision).toBe(kim.revision);

    // Merging the untouched old workbook keeps the newer revisions as they are.
    const merged = await client.journeys.import({ file: new File([xlsx], 'old.xlsx'), merge: 'true' });
    expect(merged).toMatchObject({
      changed: false,
      merged: { base: current.revision, into: moved.revision, conflicts: [] },
      journey: { revision: moved.revision },
    });

    const forced = await client.journeys.import({ file: new File([xlsx], 'old.xlsx'), force: 'true' });
    expect(forced.journey.revision).toBe(moved.revision + 1);
    expect(forced.journey.journey.description).toBe(current.journey.description);
  });

  it('merges a stale JSON import into the newer revisions, and lists conflicts in a 409', async () => {
    const { client, app } = t;
    const current = await client.journeys.get(journey.id);
    const exported = JSON.parse(await (await client.journeys.export(journey.id, 'json')).text()) as {
      journey: Journey;
    };
    const moved = await client.journeys.save(journey.id, {
      journey: { ...current.journey, description: 'Stored description' },
      baseRevision: current.revision,
    });
    const upload = (journey: Journey, name = 'map.json') =>
      new File([JSON.stringify({ ...exported, journey })], name, { type: 'application/json' });
    const base = String(current.revision);

    const titled = await client.journeys.import({
      file: upload({ ...exported.journey, title: 'Title from the file' }),
      merge: 'true',
      baseRevision: base,
    });
    expect(titled.journey.journey).toMatchObject({
      title: 'Title from the file',
      description: 'Stored description',
    });
    expect(titled.merged).toEqual({ base: current.revision, into: moved.revision, conflicts: [] });
    expect((await client.journeys.history(journey.id)).at(-1)).toMatchObject({
      action: 'import',
      author: 'import',
    });

    const clash = upload({ ...exported.journey, description: 'File description' });
    const refused = await client.journeys
      .import({ file: clash, merge: 'true', baseRevision: base })
      .catch((e) => e);
    expect(refused).toMatchObject({ status: 409, code: 'conflict', path: 'body.file' });
    expect((refused as Error).message).toMatch(
      /^map\.json: 1 conflict between the file and revisions .*prefer=theirs\|mine/,
    );
    const key = `journey/${journey.id}/description`;
    expect(refused.conflicts).toEqual([
      expect.objectContaining({ key, kind: 'field', theirs: 'Stored description', mine: 'File description' }),
    ]);
    const before = (await client.journeys.get(journey.id)).revision;
    expect(before).toBe(titled.journey.revision);

    const theirs = await client.journeys.import({
      file: clash,
      merge: 'true',
      baseRevision: base,
      choices: JSON.stringify({ [key]: 'theirs' }),
    });
    expect(theirs).toMatchObject({
      changed: false,
      journey: { journey: { description: 'Stored description' } },
    });
    expect(theirs.merged?.conflicts.map((c) => c.key)).toEqual([key]);
    const mine = await client.journeys.import({
      file: clash,
      merge: 'true',
      baseRevision: base,
      prefer: 'mine',
    });
    expect(mine.journey.journey).toMatchObject({
      title: 'Title from the file',
      description: 'File description',
    });

    // A stale JSON import with its base named, and no way past it, is refused.
    await expect(client.journeys.import({ file: clash, baseRevision: base })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('or import with merge=true or force=true'),
    });

    const bad = async (form: Record<string, string | File>, path: string) => {
      const body = new FormData();
      for (const [k, v] of Object.entries(form)) body.set(k, v);
      const res = await app.request('/api/import', { method: 'POST', body });
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toMatchObject({ code: 'invalid_request', path });
    };
    await bad({ file: clash, merge: 'true', force: 'true', baseRevision: base }, 'body.merge');
    await bad({ file: clash, prefer: 'mine' }, 'body.prefer');
    await bad({ file: clash, merge: 'true' }, 'body.baseRevision');
    await bad({ file: clash, merge: 'true', baseRevision: base, choices: '{"x": "ours"}' }, 'body.choices');
    await bad({ file: clash, merge: 'true', baseRevision: base, choices: 'not json' }, 'body.choices');
  });
});
