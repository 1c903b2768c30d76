/** Largest image a card may hold, in bytes (the data URL is stored inside the journey document). */
export const MAX_IMAGE_BYTES = 512 * 1024;

/** Image types accepted for card images. */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml'] as const;

/** Why an image was refused. */
export type ImageProblem = 'too-large' | 'wrong-type';

/** The outcome of reading an image file. */
export type ImageResult = { ok: true; dataUrl: string } | { ok: false; problem: ImageProblem };

/**
 * Reads an uploaded file as a `data:` URL after checking its type and size.
 * Trap: SVG images are shown through `<img>`, never inlined, so their scripts cannot run.
 */
export async function readImage(file: File): Promise<ImageResult> {
  if (!IMAGE_TYPES.some((type) => type === file.type)) return { ok: false, problem: 'wrong-type' };
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, problem: 'too-large' };
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable'));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
  return { ok: true, dataUrl };
}
