/**
 * How many terminal columns text takes: grapheme clusters from `Intl.Segmenter`, East Asian wide and
 * fullwidth characters count 2, combining marks (Thai vowels and tone marks above and below, Latin
 * accents), format characters (ZWJ, ZWNJ, bidi marks) and controls count 0, emoji count 2.
 * Thai SARA AM (U+0E33) is a spacing letter and counts 1, as terminals draw it.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const zeroWidth = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
const pictographic = /\p{Extended_Pictographic}/u;

/** Wide and fullwidth ranges of Unicode's East Asian Width property (W and F), merged. */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/** Whether a code point is East Asian wide or fullwidth. */
export function isWide(codePoint: number): boolean {
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = WIDE[mid];
    if (!range) break;
    if (codePoint < range[0]) hi = mid - 1;
    else if (codePoint > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Columns one grapheme cluster takes. */
export function graphemeWidth(cluster: string): number {
  if (pictographic.test(cluster) && (cluster.includes('\uFE0F') || (cluster.codePointAt(0) ?? 0) >= 0x1f000))
    return 2;
  let width = 0;
  for (const ch of cluster) {
    if (zeroWidth.test(ch)) continue;
    width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  }
  return width;
}

/** Columns a single line of text takes (no newlines expected). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += graphemeWidth(segment);
  return width;
}

/** The grapheme clusters of text, in order. */
export function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}
