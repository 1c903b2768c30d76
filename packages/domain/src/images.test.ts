import { describe, expect, it } from 'vitest';
import { isAllowedImageUrl, sniffImageType, storedImageIdOf, storedImageUrl } from './images';
import { makeJourney, makePersona } from './testing/factories';
import { validateDocument } from './document/parse-document';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';
const ID = 'a'.repeat(64);

describe('the image URL rule', () => {
  it('allows raster data: URLs and stored images only', () => {
    expect(isAllowedImageUrl(PNG)).toBe(true);
    expect(isAllowedImageUrl('data:image/jpeg;base64,/9j/4AAQ')).toBe(true);
    expect(isAllowedImageUrl('data:image/webp;base64,UklGRg==')).toBe(true);
    expect(isAllowedImageUrl(storedImageUrl(ID))).toBe(true);
    expect(storedImageIdOf(storedImageUrl(ID))).toBe(ID);
  });

  it('refuses other hosts, SVG, scripts and look-alikes', () => {
    for (const url of [
      'https://tracker.example/pixel.png',
      'http://127.0.0.1:9999/a.png',
      '//tracker.example/a.png',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'data:text/html;base64,PGI+',
      'data:image/png,rawbytes',
      'data:image/png;base64,abc"onload="x',
      'javascript:alert(1)',
      `/api/images/${ID}?x=https://tracker.example`,
      `/api/images/${ID.toUpperCase()}`,
      '/api/images/../journeys',
      `https://tracker.example/api/images/${ID}`,
      '',
    ]) {
      expect(isAllowedImageUrl(url), url).toBe(false);
    }
  });

  it('names the field of a refused card image and avatar', () => {
    const journey = makeJourney();
    const stage = journey.stages[0];
    const lane = journey.lanes[0];
    if (!stage || !lane) throw new Error('the factory makes a stage and a lane');
    const result = validateDocument({
      format: 'waymark.journey/v1',
      journey: {
        ...journey,
        items: [
          {
            type: 'card',
            id: 'c1',
            stageId: stage.id,
            laneId: lane.id,
            text: 'x',
            image: 'https://tracker.example/p.png',
          },
        ],
      },
      personas: [{ ...makePersona(), avatar: 'https://tracker.example/a.png' }],
    });
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toEqual([
      expect.stringMatching(
        /^\$\.journey\.items\[0\]\.image: expected a base64 data: URL .*other hosts are refused/,
      ),
      expect.stringMatching(
        /^\$\.personas\[0\]\.avatar: expected a base64 data: URL .*"https:\/\/tracker\.example/,
      ),
    ]);
  });
});

describe('sniffImageType', () => {
  const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array<number>(16).fill(0)]);
  it('reads the type from the magic numbers', () => {
    expect(sniffImageType(Buffer.from(PNG.split(',')[1] ?? '', 'base64'))).toBe('image/png');
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('GIF89a......'))).toBe('image/gif');
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
  });
  it('refuses SVG, HTML, a truncated PNG and RIFF that is not WebP', () => {
    expect(
      sniffImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBeUndefined();
    expect(sniffImageType(new TextEncoder().encode('<!doctype html><script>'))).toBeUndefined();
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined();
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeUndefined();
  });
});
