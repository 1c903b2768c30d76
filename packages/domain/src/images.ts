import { z } from 'zod';

/**
 * Images a map may show: card images and persona avatars. A map never points at another host (its
 * author could then see who views it, from where and when), so an image is either inline, a base64
 * `data:` URL, or an upload stored by Waymark and served by the same origin at `/api/images/<id>`,
 * where the id is the SHA-256 of the bytes. Only raster types: SVG is a document that can carry
 * scripts and links, and is never accepted as an image.
 */

/** The image types Waymark stores and shows. */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** Largest uploaded image, in bytes. */
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

/** Where the server serves a stored image; its URLs in documents are this path plus the id. */
export const IMAGE_PATH = '/api/images/';

/** The id of a stored image: the lower-case hex SHA-256 of its bytes. */
export const imageIdSchema = z.string().regex(/^[0-9a-f]{64}$/, 'expected an image id (64 hex digits)');

/** The same-origin URL of a stored image. */
export function storedImageUrl(id: string): string {
  return `${IMAGE_PATH}${id}`;
}

/**
 * The image URL rule as a regular expression's source: a raster base64 `data:` URL or a stored
 * image's path. Written so it means the same to JavaScript and PostgreSQL (the store's migration
 * uses it), and holds no quote.
 */
export const IMAGE_URL_PATTERN =
  '^(data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]*={0,2}|/api/images/[0-9a-f]{64})$';
const ALLOWED = new RegExp(IMAGE_URL_PATTERN);
const STORED = /^\/api\/images\/([0-9a-f]{64})$/;

/** The stored image id a URL names, or `undefined` when it is not a stored image's URL. */
export function storedImageIdOf(url: string): string | undefined {
  return STORED.exec(url)?.[1];
}

/** Whether `url` is an image a map may show: a raster `data:` URL or a stored image's URL. */
export function isAllowedImageUrl(url: string): boolean {
  return ALLOWED.test(url);
}

/** What the URL rule says when it refuses a value; validation errors show it after the field path. */
export const IMAGE_URL_RULE =
  'expected a base64 data: URL of a PNG, JPEG, GIF or WebP image, or an image uploaded to Waymark (/api/images/<id>); ' +
  'images on other hosts are refused because that host would see who views the map';

/** A card image or persona avatar URL (see the module comment). */
export const imageUrlSchema = z.string().max(5_000_000).regex(ALLOWED, IMAGE_URL_RULE);

/**
 * The image type the bytes really are, from their magic numbers (never from a file name or a
 * declared type), or `undefined` for anything else, SVG and HTML included.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  const starts = (offset: number, ...sig: number[]) => sig.every((b, i) => bytes[offset + i] === b);
  if (starts(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0, 0x47, 0x49, 0x46, 0x38) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) {
    return 'image/gif';
  }
  if (starts(0, 0x52, 0x49, 0x46, 0x46) && starts(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return undefined;
}

/** An image stored by Waymark, as the store and the API describe it (without its bytes). */
export const storedImageSchema = z.object({
  id: imageIdSchema,
  /** The same-origin URL to put in a document (`/api/images/<id>`). */
  url: z.string(),
  contentType: z.enum(IMAGE_TYPES),
  /** Size in bytes. */
  size: z.number().int().min(1),
  createdAt: z.string(),
});
export type StoredImage = z.infer<typeof storedImageSchema>;

/**
 * The journey and personas with every stored image URL (card images, avatars) passed through
 * `replace`: its answer takes the URL's place, `undefined` removes the image. Other values stay.
 * Each distinct URL is replaced once. Used to inline uploads as `data:` URLs for drawn exports.
 */
export async function replaceStoredImages<
  J extends { items: readonly { image?: string | undefined }[] },
  P extends { avatar?: string | undefined },
>(
  journey: J,
  personas: readonly P[],
  replace: (id: string, url: string) => Promise<string | undefined>,
): Promise<{ journey: J; personas: P[] }> {
  const answers = new Map<string, Promise<string | undefined>>();
  const swap = (url: string | undefined): Promise<string | undefined> => {
    const id = url === undefined ? undefined : storedImageIdOf(url);
    if (url === undefined || id === undefined) return Promise.resolve(url);
    let answer = answers.get(id);
    if (!answer) answers.set(id, (answer = replace(id, url)));
    return answer;
  };
  const items = [];
  for (const item of journey.items) {
    const { image, ...rest } = item;
    const src = await swap(image);
    items.push(src === undefined ? rest : { ...rest, image: src });
  }
  const out: P[] = [];
  for (const persona of personas) {
    const { avatar, ...rest } = persona;
    const src = await swap(avatar);
    out.push((src === undefined ? rest : { ...rest, avatar: src }) as P);
  }
  return { journey: { ...journey, items }, personas: out };
}
