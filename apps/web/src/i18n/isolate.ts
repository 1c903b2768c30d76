/**
 * Wraps user text (a map title, a file name) in Unicode first-strong isolates (FSI … PDI) so, set
 * inside a translated sentence, it keeps its own direction in any UI language: a Persian title in an
 * English notice, an English one in the Persian UI. The plain-text equivalent of `dir="auto"`, for
 * strings that end up in a sentence or an `aria-label`.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
