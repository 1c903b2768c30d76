import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_MAX_BYTES } from '@waymark/domain';
import { errorOf, jsonRequest, openTestApp } from '../test/harness';
import type { TestApp } from '../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ seed: false });
});
afterAll(async () => {
  await t.close();
});

/** A 1x1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="fetch(\'https://tracker.example\')"/>';

function upload(file: File): Promise<Response> {
  const body = new FormData();
  body.set('file', file);
  return Promise.resolve(t.app.request('/api/images', { method: 'POST', body }));
}

describe('image uploads', () => {
  it('stores a good image and serves it same-origin with its sniffed type, nosniff and a closed CSP', async () => {
    const stored = await t.client.images.upload(new File([PNG], 'dot.png', { type: 'image/png' }));
    const sha = createHash('sha256').update(PNG).digest('hex');
    expect(stored).toMatchObject({
      id: sha,
      url: `/api/images/${sha}`,
      contentType: 'image/png',
      size: PNG.length,
    });
    const res = await t.app.request(stored.url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox; frame-ancestors 'none'",
      'cross-origin-resource-policy': 'same-origin',
    });
    // Undeclared types are sniffed; the same bytes are the same image.
    expect(await t.client.images.upload(new Blob([PNG]))).toEqual(stored);
  });

  it('refuses a file that is not an image, or not the type it declares (415)', async () => {
    let res = await upload(new File(['hello'], 'a.txt', { type: 'text/plain' }));
    expect(res.status).toBe(415);
    expect(await errorOf(res)).toMatchObject({ code: 'unsupported_media_type', path: 'body.file' });
    res = await upload(new File([JPEG], 'photo.png', { type: 'image/png' }));
    expect(res.status).toBe(415);
    expect((await errorOf(res)).message).toBe('photo.png is declared image/png but its bytes are image/jpeg');
  });

  it('refuses SVG, declared as SVG or disguised as PNG', async () => {
    let res = await upload(new File([SVG], 'logo.svg', { type: 'image/svg+xml' }));
    expect(res.status).toBe(415);
    expect((await errorOf(res)).message).toBe(
      'logo.svg is not a PNG, JPEG, GIF or WebP image (SVG images are not accepted)',
    );
    res = await upload(new File([SVG], 'logo.png', { type: 'image/png' }));
    expect(res.status).toBe(415);
    res = await t.app.request('/api/personas/p1/avatar', { method: 'POST', body: new FormData() });
    expect(res.status).toBe(400);
  });

  it('refuses an image over the limit with 413', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(IMAGE_MAX_BYTES)]);
    const res = await upload(new File([big], 'big.png', { type: 'image/png' }));
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatchObject({ code: 'payload_too_large', path: 'body.file' });
  });

  it('answers 404 for an unknown image and 400 for a malformed id', async () => {
    expect((await t.app.request(`/api/images/${'0'.repeat(64)}`)).status).toBe(404);
    const res = await t.app.request('/api/images/..%2Fjourneys');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('params.id');
  });
});

/** A new map from the purchase template, a stored PNG, and a card in its first cell (no image yet). */
async function mapWithCard(title: string) {
  const created = await t.client.journeys.create({ templateId: 'purchase', title });
  const stage = created.journey.stages[0];
  const lane = created.journey.lanes[0];
  if (!stage || !lane) throw new Error('template without stages or lanes');
  const stored = await t.client.images.upload(new File([PNG], 'dot.png', { type: 'image/png' }));
  const card = {
    type: 'card' as const,
    id: 'c1',
    stageId: stage.id,
    laneId: lane.id,
    text: 'x',
    tags: [],
    evidence: [],
  };
  return { journey: created.journey, stored, card };
}

describe('image URLs in documents', () => {
  it('saves a card with a stored image, refuses one on another host naming the field', async () => {
    const { journey, stored, card } = await mapWithCard('Pictures');
    const saved = await t.client.journeys.save(journey.id, {
      journey: { ...journey, items: [{ ...card, image: stored.url }] },
      baseRevision: 1,
    });
    expect(saved.journey.items[0]?.image).toBe(stored.url);

    const remote = { ...saved.journey, items: [{ ...card, image: 'https://tracker.example/pixel.png' }] };
    const res = await jsonRequest(t.app, 'PUT', `/api/journeys/${journey.id}`, {
      journey: remote,
      baseRevision: saved.revision,
    });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.path).toBe('body.journey.items[0].image');
    expect(error.message).toMatch(
      /images on other hosts are refused because that host would see who views the map/,
    );

    // An old document with a remote image is refused as a whole, naming the field; nothing changes.
    const doc = JSON.stringify({ format: 'waymark.journey/v1', journey: remote, personas: [] });
    const body = new FormData();
    body.set('file', new File([doc], 'old.json', { type: 'application/json' }));
    const imported = await t.app.request('/api/import', { method: 'POST', body });
    expect(imported.status).toBe(400);
    expect((await errorOf(imported)).message).toMatch(
      /journey\.items\[0\]\.image: expected a base64 data: URL/,
    );
    expect((await t.client.journeys.get(journey.id)).revision).toBe(saved.revision);

    const personaRes = await jsonRequest(t.app, 'PUT', '/api/personas/p-remote', {
      persona: { id: 'p-remote', name: 'Remote', avatar: '//tracker.example/a.png' },
    });
    expect(personaRes.status).toBe(400);
    expect((await errorOf(personaRes)).path).toBe('body.persona.avatar');
  });

  it('inlines stored images into an SVG export, which then names no other place to fetch', async () => {
    const { journey, stored, card } = await mapWithCard('Inline');
    await t.client.journeys.save(journey.id, {
      journey: { ...journey, items: [{ ...card, image: stored.url }] },
      baseRevision: 1,
    });
    const svg = await (await t.client.journeys.export(journey.id, 'svg')).text();
    expect(svg).toContain(`href="data:image/png;base64,${PNG.toString('base64')}"`);
    expect(svg).not.toContain('/api/images/');
    const json = await (await t.client.journeys.export(journey.id, 'json')).text();
    expect(json).toContain(stored.url);
  });
});
