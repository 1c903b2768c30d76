import { replaceStoredImages } from '@waymark/domain';
import type { JourneyDocument } from '@waymark/domain';
import type { MapStore } from './port';

/**
 * The document with every stored image (`/api/images/<id>` card images and avatars) replaced by a
 * `data:` URL of its bytes, for files that must show their images without the server: SVG, PNG and
 * PDF exports. A stored image that no longer exists is dropped from its card or persona.
 */
export async function inlineStoredImages(store: MapStore, doc: JourneyDocument): Promise<JourneyDocument> {
  const { journey, personas } = await replaceStoredImages(doc.journey, doc.personas, async (id) => {
    const image = await store.getImage(id);
    return image && `data:${image.contentType};base64,${Buffer.from(image.bytes).toString('base64')}`;
  });
  return { ...doc, journey, personas };
}
