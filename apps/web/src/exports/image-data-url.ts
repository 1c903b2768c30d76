import { IMAGE_TYPES } from '@waymark/domain';

/**
 * The `data:` URL of a stored image, fetched from this origin (`url` is `/api/images/<id>`), or
 * `undefined` when it is gone or not a raster image: the in-browser SVG export then leaves it out.
 */
export async function imageDataUrl(_id: string, url: string): Promise<string | undefined> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) return undefined;
  const blob = await response.blob();
  if (!IMAGE_TYPES.some((type) => type === blob.type)) return undefined;
  return await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable image'));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable image'));
    reader.readAsDataURL(blob);
  });
}
