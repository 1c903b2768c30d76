import { decodeXml } from '../svg/escape';
import type { Variant } from './faces';

/** The characters an SVG draws, per variant (weight and style) of its text. */
export interface TextRun extends Variant {
  /** Distinct code points, ascending. */
  codePoints: number[];
}

/**
 * Characters the shaper may draw a character with instead of its own glyph: its canonical
 * decomposition (Vietnamese ệ as e, dot below, circumflex), and the Thai and Lao SARA AM, which
 * HarfBuzz always splits into NIKHAHIT and SARA AA. A subset must map these too, or the viewer's
 * fonts draw them.
 */
const SHAPING_PIECES: Record<string, string> = { '\u0e33': '\u0e4d\u0e32', '\u0eb3': '\u0ecd\u0eb2' };

function withPieces(char: string): string {
  return char + char.normalize('NFD') + (SHAPING_PIECES[char] ?? '');
}

/** Format characters (bidi isolates and marks, joiners) need no glyph of their own. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/**
 * Collects the characters of every `<text>` element of an SVG written by `renderJourneySvg` (whose
 * text elements hold character data only, with `font-weight="bold"` and `font-style="italic"` on the
 * element), grouped by variant. Spaces count (their width is the font's); line breaks and format
 * characters (bidi isolates, joiners), which draw nothing, are left out.
 */
export function textRuns(svg: string): TextRun[] {
  const byVariant = new Map<string, { variant: Variant; codePoints: Set<number> }>();
  for (const match of svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)) {
    const attrs = match[1] ?? '';
    const variant: Variant = {
      weight: /\sfont-weight="bold"/.test(attrs) ? 700 : 400,
      italic: /\sfont-style="italic"/.test(attrs),
    };
    const key = `${variant.weight}/${String(variant.italic)}`;
    const entry = byVariant.get(key) ?? { variant, codePoints: new Set<number>() };
    byVariant.set(key, entry);
    for (const char of decodeXml(match[2] ?? '')) {
      if (char === '\n' || char === '\r' || char === '\t' || INVISIBLE.test(char)) continue;
      for (const piece of withPieces(char)) entry.codePoints.add(piece.codePointAt(0) ?? 0);
    }
  }
  return [...byVariant.values()]
    .map(({ variant, codePoints }) => ({ ...variant, codePoints: [...codePoints].sort((a, b) => a - b) }))
    .filter((run) => run.codePoints.length > 0)
    .sort((a, b) => a.weight - b.weight || Number(a.italic) - Number(b.italic));
}
