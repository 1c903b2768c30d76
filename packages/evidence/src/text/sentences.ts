/** A sentence of a text, with its position: `text === source.slice(start, end)`. */
export interface Sentence {
  text: string;
  /** UTF-16 offsets into the source text. */
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** One cached `Intl.Segmenter` per locale and granularity (building one is not free). */
export function segmenter(locale: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${locale}|${granularity}`;
  let found = segmenters.get(key);
  if (!found) {
    found = new Intl.Segmenter(locale === 'und' ? 'en' : locale, { granularity });
    segmenters.set(key, found);
  }
  return found;
}

const THAI = /\p{Script=Thai}/u;

/**
 * The sentences of `text` with their offsets, trimmed, empty ones dropped. `Intl.Segmenter` splits at
 * sentence punctuation in every script; Thai, which ends sentences with a space rather than a stop, is
 * also split at spaces between Thai words, and every text at line breaks.
 */
export function sentences(text: string, locale: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/u.test(text[start] ?? '')) start++;
    while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
    if (end > start) out.push({ text: text.slice(start, end), start, end });
  };
  for (const { segment, index } of segmenter(locale, 'sentence').segment(text)) {
    let start = index;
    const breaks = /\n|(?<=\p{Script=Thai})\s+(?=\p{Script=Thai})/gu;
    if (THAI.test(segment) || segment.includes('\n')) {
      for (const match of segment.matchAll(breaks)) {
        push(start, index + match.index);
        start = index + match.index + match[0].length;
      }
    }
    push(start, index + segment.length);
  }
  return out;
}
