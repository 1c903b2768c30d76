import { createHash } from 'node:crypto';
import {
  IMAGE_MAX_BYTES,
  IMAGE_TYPES,
  ValidationError,
  makeIssue,
  sniffImageType,
  storedImageUrl,
} from '@waymark/domain';
import type { StoredImage } from '@waymark/domain';
import { z } from 'zod';
import { isoTime, selectOne } from './rows';
import type { SqlClient } from './sql-client';

/**
 * Uploaded images (card images, avatars), content-addressed by the SHA-256 of their bytes. Bytes
 * cross the SQL surface as base64 text (`decode`/`encode`), so every driver binds them the same way.
 */

const imageRow = z.object({
  id: z.string(),
  content_type: z.enum(IMAGE_TYPES),
  size: z.number().int(),
  created_at: z.string(),
});

const COLUMNS = `id, content_type, octet_length(bytes) AS size, ${isoTime('created_at')}`;

function toImage(row: z.infer<typeof imageRow>): StoredImage {
  return {
    id: row.id,
    url: storedImageUrl(row.id),
    contentType: row.content_type,
    size: row.size,
    createdAt: row.created_at,
  };
}

/**
 * See `MapStore.putImage`: stores the bytes once (the same bytes again return the stored image).
 * Throws the domain's `ValidationError` unless the bytes are a PNG, JPEG, GIF or WebP image of at
 * most `IMAGE_MAX_BYTES`.
 */
export async function putImage(sql: SqlClient, bytes: Uint8Array): Promise<StoredImage> {
  const contentType = sniffImageType(bytes);
  if (contentType === undefined || bytes.length > IMAGE_MAX_BYTES) {
    const expected =
      contentType === undefined ? 'a PNG, JPEG, GIF or WebP image' : `at most ${IMAGE_MAX_BYTES} bytes`;
    throw new ValidationError([makeIssue('$', expected, `${bytes.length} bytes`)], 'image');
  }
  const id = createHash('sha256').update(bytes).digest('hex');
  const row = await sql.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO images (id, content_type, bytes) VALUES ($1, $2, decode($3, 'base64')) ON CONFLICT (id) DO NOTHING`,
      [id, contentType, Buffer.from(bytes).toString('base64')],
    );
    return await selectOne(tx, imageRow, `SELECT ${COLUMNS} FROM images WHERE id = $1`, [id]);
  });
  if (row === undefined) throw new Error(`image ${id} was not stored`);
  return toImage(row);
}

const bytesRow = imageRow.extend({ data: z.string() });

/** See `MapStore.getImage`. */
export async function getImage(
  sql: SqlClient,
  id: string,
): Promise<(StoredImage & { bytes: Uint8Array }) | undefined> {
  if (!/^[0-9a-f]{64}$/.test(id)) return undefined;
  const row = await selectOne(
    sql,
    bytesRow,
    `SELECT ${COLUMNS}, encode(bytes, 'base64') AS data FROM images WHERE id = $1`,
    [id],
  );
  return row && { ...toImage(row), bytes: new Uint8Array(Buffer.from(row.data, 'base64')) };
}
