import { IMAGE_MAX_BYTES, ValidationError, storedImageUrl } from '@waymark/domain';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ConformanceContext } from './conformance';

/** A 1 × 1 PNG with a varying byte in a private chunk, so each test stores a new image. */
export function tinyPng(seed = Math.floor(Math.random() * 2 ** 31)): Uint8Array {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==',
    'base64',
  );
  const marker = Buffer.alloc(4);
  marker.writeUInt32BE(seed >>> 0);
  return new Uint8Array(Buffer.concat([png, marker]));
}

/** Conformance tests of uploaded images: content addressing, bytes round trip, refusals. */
export function imageConformance(ctx: ConformanceContext): void {
  describe('images', () => {
    it('stores an image once by the SHA-256 of its bytes and gives the bytes back', async () => {
      const store = ctx.store();
      const bytes = tinyPng();
      const id = createHash('sha256').update(bytes).digest('hex');
      const stored = await store.putImage(bytes);
      expect(stored).toMatchObject({
        id,
        url: storedImageUrl(id),
        contentType: 'image/png',
        size: bytes.length,
      });
      expect(await store.putImage(bytes)).toEqual(stored);
      const reopened = await ctx.reopen();
      const read = await reopened.getImage(id);
      expect(read && Buffer.from(read.bytes).equals(Buffer.from(bytes))).toBe(true);
      expect(read).toMatchObject(stored);
      expect(await reopened.getImage('0'.repeat(64))).toBeUndefined();
      expect(await reopened.getImage("x' OR '1'='1")).toBeUndefined();
    });

    it('refuses SVG, other bytes and images over the limit', async () => {
      const store = ctx.store();
      const svg = new TextEncoder().encode(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      );
      await expect(store.putImage(svg)).rejects.toBeInstanceOf(ValidationError);
      await expect(store.putImage(new Uint8Array([1, 2, 3]))).rejects.toThrow(
        /expected a PNG, JPEG, GIF or WebP image/,
      );
      const big = new Uint8Array(IMAGE_MAX_BYTES + 1);
      big.set(tinyPng());
      await expect(store.putImage(big)).rejects.toThrow(`expected at most ${IMAGE_MAX_BYTES} bytes`);
    });
  });
}
