import { ValidationError } from '../validation/errors';
import type { JourneyDocument, JourneyDocumentInput } from './document-schema';
import { validateDocument } from './parse-document';

/**
 * The document as JSON text: 2-space indent, a trailing newline, keys in schema order (so the same
 * document always gives the same bytes, whatever order its objects were built in), defaults filled
 * in. Throws `ValidationError` for an invalid document rather than writing a file that won't load.
 */
export function serializeDocument(document: JourneyDocument | JourneyDocumentInput): string {
  const result = validateDocument(document);
  if (!result.ok) throw new ValidationError(result.issues, 'journey document');
  return `${JSON.stringify(result.document, null, 2)}\n`;
}
