/**
 * Approximate text width without a DOM: a per-character width table measured once in Chromium with the
 * renderer's font stack (DejaVu Sans for Latin, Vietnamese and Persian; Noto Sans CJK for Han and kana;
 * Loma for Thai). Deterministic by construction; the renderer leaves slack so small errors never clip.
 */

/** Advance widths of ASCII 0x20..0x7E in hundredths of an em, regular weight. */
const ASCII_REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34,
  34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73,
  68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63,
  63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
];

/** Advance widths of ASCII 0x20..0x7E in hundredths of an em, bold. */
const ASCII_BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40,
  40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68,
  81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71,
  69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];

const COMBINING = /\p{M}/u;
const FORMAT = /\p{Cf}/u;
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;
const THAI = /[\u0E00-\u0E7F]/;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** Width in em of one code point (after NFD, so accents on Vietnamese letters count as zero). */
function charEm(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) {
    const table = bold ? ASCII_BOLD : ASCII_REGULAR;
    return (table[code - 0x20] ?? 60) / 100;
  }
  if (COMBINING.test(ch) || FORMAT.test(ch)) return 0;
  if (WIDE.test(ch)) return 1;
  if (THAI.test(ch)) return bold ? 0.62 : 0.6;
  if (ARABIC.test(ch)) return bold ? 0.6 : 0.52;
  if (PICTOGRAPHIC.test(ch)) return 1;
  if (code === 0xa0) return 0.32;
  return bold ? 0.7 : 0.62;
}

/** Approximate rendered width in pixels of `text` at `fontSize`, regular or bold. */
export function measureText(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFD')) em += charEm(ch, bold);
  return em * fontSize;
}
