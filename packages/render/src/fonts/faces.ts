/**
 * The fonts an exported SVG embeds, in the order the map's `font-family` falls back through them:
 * the Debian packages setup installs (fonts-dejavu-core for Latin, Greek, Cyrillic, Arabic script and
 * symbols; fonts-noto-cjk for Chinese, its Traditional Chinese face of the collection; fonts-thai-tlwg's
 * Loma for Thai). All three licences allow embedding a subset in a document.
 */

/** A weight and style a map's text is drawn in. */
export interface Variant {
  weight: 400 | 700;
  italic: boolean;
}

/** One face of a family: a file (and the face's index in a collection) for one variant. */
export interface FaceFile extends Variant {
  path: string;
  /** Index of the face in a font collection (`.ttc`); 0 for a single font file. */
  index: number;
}

/** A family of faces; `format` is the CSS `format()` of its files. */
export interface FontFamily {
  /** The family's own name (the embedded copy is called `Waymark <name>`). */
  name: string;
  format: 'truetype' | 'opentype';
  faces: readonly FaceFile[];
}

const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const NOTO_CJK = '/usr/share/fonts/opentype/noto';
const TLWG = '/usr/share/fonts/truetype/tlwg';
/** Index of "Noto Sans CJK TC" in Debian's NotoSansCJK collections (JP, KR, SC, TC, HK, ...). */
const CJK_TC = 3;

/** Every family, in fallback order. A face whose file is missing is skipped. */
export const EMBEDDED_FAMILIES: readonly FontFamily[] = [
  {
    name: 'DejaVu Sans',
    format: 'truetype',
    faces: [
      { weight: 400, italic: false, path: `${DEJAVU}/DejaVuSans.ttf`, index: 0 },
      { weight: 700, italic: false, path: `${DEJAVU}/DejaVuSans-Bold.ttf`, index: 0 },
      { weight: 400, italic: true, path: `${DEJAVU}/DejaVuSans-Oblique.ttf`, index: 0 },
      { weight: 700, italic: true, path: `${DEJAVU}/DejaVuSans-BoldOblique.ttf`, index: 0 },
    ],
  },
  {
    name: 'Noto Sans CJK TC',
    format: 'opentype',
    faces: [
      { weight: 400, italic: false, path: `${NOTO_CJK}/NotoSansCJK-Regular.ttc`, index: CJK_TC },
      { weight: 700, italic: false, path: `${NOTO_CJK}/NotoSansCJK-Bold.ttc`, index: CJK_TC },
    ],
  },
  {
    name: 'Loma',
    format: 'truetype',
    faces: [
      { weight: 400, italic: false, path: `${TLWG}/Loma.ttf`, index: 0 },
      { weight: 700, italic: false, path: `${TLWG}/Loma-Bold.ttf`, index: 0 },
      { weight: 400, italic: true, path: `${TLWG}/Loma-Oblique.ttf`, index: 0 },
      { weight: 700, italic: true, path: `${TLWG}/Loma-BoldOblique.ttf`, index: 0 },
    ],
  },
];

/**
 * The face CSS font matching picks in `faces` for `variant`: the requested style if the family has
 * it (else upright, slanted by the browser), then the requested weight if present (else the other,
 * emboldened or lightened by the browser).
 */
export function matchFace<F extends Variant>(faces: readonly F[], variant: Variant): F | undefined {
  const styled = faces.filter((f) => f.italic === variant.italic);
  const pool = styled.length > 0 ? styled : faces.filter((f) => !f.italic);
  return pool.find((f) => f.weight === variant.weight) ?? pool[0];
}
