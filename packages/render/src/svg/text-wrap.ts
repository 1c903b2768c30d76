import { measureText } from './text-measure';

/** Scripts written without spaces between words; they are broken with `Intl.Segmenter` word segmentation. */
const NO_SPACE_SCRIPT =
  /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Punctuation that must not start a line; it stays on the line of the segment before it. */
const NO_LINE_START = /^[\p{Pe}\p{Pf}\p{Po}]+$/u;

const segmenters = new Map<string, Intl.Segmenter>();

/** The shared segmenter of `locale` and `granularity`, made once (constructing one is not cheap). */
export function segmenter(locale: string, granularity: 'word' | 'grapheme'): Intl.Segmenter {
  const key = `${locale}:${granularity}`;
  let found = segmenters.get(key);
  if (found === undefined) {
    found = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, found);
  }
  return found;
}

/** Options for `wrapText`. */
export interface WrapOptions {
  fontSize: number;
  bold?: boolean;
  /** Locale passed to `Intl.Segmenter`; the dictionary used follows the script, so any locale works. */
  locale?: string;
  /** Lines after this many are dropped and the last kept line ends with an ellipsis. */
  maxLines?: number;
}

/**
 * Splits a space-free run into units that may not be separated: Segmenter words, with closing
 * punctuation glued to the word before it.
 */
function unitsOf(token: string, locale: string): string[] {
  if (!NO_SPACE_SCRIPT.test(token)) return [token];
  const units: string[] = [];
  for (const { segment } of segmenter(locale, 'word').segment(token)) {
    const last = units.length - 1;
    if (last >= 0 && NO_LINE_START.test(segment)) units[last] += segment;
    else units.push(segment);
  }
  return units;
}

/** Breaks one unit that is wider than the line by grapheme clusters. */
function breakLong(
  unit: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  locale: string,
): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const { segment } of segmenter(locale, 'grapheme').segment(unit)) {
    if (current !== '' && measureText(current + segment, fontSize, bold) > maxWidth) {
      pieces.push(current);
      current = segment;
    } else current += segment;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** Wraps one paragraph (no newlines) greedily. */
function wrapParagraph(
  paragraph: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  locale: string,
): string[] {
  const lines: string[] = [];
  let line = '';
  const words = paragraph.split(/[ \t]+/).filter((w) => w !== '');
  for (const word of words) {
    const units = unitsOf(word, locale);
    units.forEach((unit, index) => {
      const joiner = index === 0 && line !== '' ? ' ' : '';
      const candidate = line + joiner + unit;
      if (measureText(candidate, fontSize, bold) <= maxWidth) {
        line = candidate;
        return;
      }
      if (line !== '') lines.push(line);
      line = '';
      if (measureText(unit, fontSize, bold) <= maxWidth) {
        line = unit;
        return;
      }
      const pieces = breakLong(unit, maxWidth, fontSize, bold, locale);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    });
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Wraps text to lines no wider than `maxWidth` (approximately, see `measureText`): Latin and other
 * spaced scripts break at spaces, Thai and Chinese at `Intl.Segmenter` word boundaries, and anything
 * still too long by grapheme. Newlines start new lines; blank lines are kept. Deterministic.
 */
export function wrapText(text: string, maxWidth: number, options: WrapOptions): string[] {
  const { fontSize, bold = false, locale = 'en', maxLines } = options;
  const width = Math.max(maxWidth, fontSize);
  const paragraphs = text.replace(/\r\n?/g, '\n').split('\n');
  while (paragraphs.length > 1 && paragraphs[paragraphs.length - 1]?.trim() === '') paragraphs.pop();
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    const wrapped = wrapParagraph(paragraph, width, fontSize, bold, locale);
    lines.push(...(wrapped.length === 0 ? [''] : wrapped));
  }
  if (lines.length === 1 && lines[0] === '') return [];
  if (maxLines === undefined || lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const lastIndex = kept.length - 1;
  const chars = [...(kept[lastIndex] ?? '')];
  while (chars.length > 0 && measureText(`${chars.join('')}…`, fontSize, bold) > width) chars.pop();
  kept[lastIndex] = `${chars.join('').trimEnd()}…`;
  return kept;
}
