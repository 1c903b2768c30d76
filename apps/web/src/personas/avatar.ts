import { AVATAR_MAX_BYTES, AVATAR_TYPES } from '@waymark/api';

/** Side of the square avatar image stored in the persona, in pixels. */
export const AVATAR_SIZE = 256;

/** Largest image file accepted before resizing, in bytes. */
export const AVATAR_SOURCE_MAX_BYTES = 15 * 1024 * 1024;

/** Why an avatar image was refused. */
export type AvatarProblem = 'wrong-type' | 'too-large' | 'unreadable';

/** The outcome of preparing an avatar. */
export type AvatarResult = { ok: true; dataUrl: string } | { ok: false; problem: AvatarProblem };

/** True when `type` is an image type the API accepts as an avatar (PNG, JPEG, GIF, WebP). */
export function isAvatarType(type: string): boolean {
  return AVATAR_TYPES.some((t) => t === type);
}

/** Length of a base64 `data:` URL's payload in bytes. */
export function dataUrlBytes(dataUrl: string): number {
  const comma = dataUrl.indexOf(',');
  const base64 = comma < 0 ? '' : dataUrl.slice(comma + 1);
  return Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
}

/**
 * Turns an uploaded image into a small square avatar: decodes it, crops the centre square, scales it
 * to 256 × 256 on a white canvas and encodes it as WebP (JPEG where the browser cannot encode WebP),
 * refusing other file types, files over 15 MB and results over the API's 512 KB avatar limit.
 * Trap: browser-only (canvas and `createImageBitmap`); SVG is refused because it is not a raster.
 */
export async function prepareAvatar(file: File): Promise<AvatarResult> {
  if (!isAvatarType(file.type)) return { ok: false, problem: 'wrong-type' };
  if (file.size > AVATAR_SOURCE_MAX_BYTES) return { ok: false, problem: 'too-large' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  try {
    const canvas = document.createElement('canvas');
    canvas.width = AVATAR_SIZE;
    canvas.height = AVATAR_SIZE;
    const context = canvas.getContext('2d');
    if (!context) return { ok: false, problem: 'unreadable' };
    const side = Math.min(bitmap.width, bitmap.height);
    const sx = (bitmap.width - side) / 2;
    const sy = (bitmap.height - side) / 2;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, AVATAR_SIZE, AVATAR_SIZE);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, sx, sy, side, side, 0, 0, AVATAR_SIZE, AVATAR_SIZE);
    let dataUrl = canvas.toDataURL('image/webp', 0.86);
    if (!dataUrl.startsWith('data:image/webp')) dataUrl = canvas.toDataURL('image/jpeg', 0.86);
    if (dataUrlBytes(dataUrl) > AVATAR_MAX_BYTES) return { ok: false, problem: 'too-large' };
    return { ok: true, dataUrl };
  } finally {
    bitmap.close();
  }
}
