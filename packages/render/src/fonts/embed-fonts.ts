import { escapeXml } from '../svg/escape';
import { EMBEDDED_FAMILIES, matchFace } from './faces';
import type { FaceFile, FontFamily } from './faces';
import { coverage, subsetFace } from './harfbuzz';
import { textRuns } from './svg-text';

/** One embedded face: its family's embedded name, variant and the characters it carries. */
interface Planned {
  family: FontFamily;
  face: FaceFile;
  codePoints: Set<number>;
}

/** The name an embedded family goes by, so it never mixes with an installed font of the same name. */
export function embeddedName(family: FontFamily): string {
  return `Waymark ${family.name}`;
}

/**
 * Which face draws each character: per variant of the text, the first family (in fallback order)
 * whose matching face covers it, as a browser would pick. Characters no family covers are left to
 * the viewer's own fonts.
 */
async function plan(svg: string): Promise<Planned[]> {
  const planned = new Map<string, Planned>();
  for (const run of textRuns(svg)) {
    const candidates: { family: FontFamily; face: FaceFile; covers: ReadonlySet<number> }[] = [];
    for (const family of EMBEDDED_FAMILIES) {
      const face = matchFace(family.faces, run);
      if (face !== undefined) candidates.push({ family, face, covers: await coverage(face) });
    }
    for (const code of run.codePoints) {
      const pick = candidates.find((c) => c.covers.has(code));
      if (pick === undefined) continue;
      const key = `${pick.face.path}#${pick.face.index}`;
      const entry = planned.get(key) ?? { family: pick.family, face: pick.face, codePoints: new Set() };
      entry.codePoints.add(code);
      planned.set(key, entry);
    }
  }
  const order = (p: Planned) => EMBEDDED_FAMILIES.indexOf(p.family) * 10 + p.family.faces.indexOf(p.face);
  return [...planned.values()].sort((a, b) => order(a) - order(b));
}

/**
 * Embeds subsets of the fonts an SVG written by `renderJourneySvg` uses, so it renders the same on
 * a machine without them: each face (DejaVu Sans, Noto Sans CJK TC, Loma; regular, bold, italic)
 * that draws some of its characters is cut down to those characters and added as a base64
 * `@font-face` in a `<style>` right after the root element, and the root's `font-family` is put
 * behind the embedded families. Only font data and fixed names are added (no user text); the result
 * is deterministic. A face whose font file is missing is skipped (the viewer's fonts draw its part).
 */
export async function embedFonts(svg: string): Promise<string> {
  const rules: string[] = [];
  const names: string[] = [];
  for (const { family, face, codePoints } of await plan(svg)) {
    const bytes = await subsetFace(
      face,
      [...codePoints].sort((a, b) => a - b),
    );
    const mime = family.format === 'opentype' ? 'font/otf' : 'font/ttf';
    const name = embeddedName(family);
    if (!names.includes(name)) names.push(name);
    rules.push(
      `@font-face{font-family:"${name}";font-weight:${face.weight};font-style:${face.italic ? 'italic' : 'normal'};` +
        `src:url(data:${mime};base64,${Buffer.from(bytes).toString('base64')}) format("${family.format}")}`,
    );
  }
  if (rules.length === 0) return svg;
  const root = /<svg\b[^>]*>/.exec(svg);
  if (root === null) throw new Error('svg: expected a document with an <svg> root element');
  const families = escapeXml(names.map((n) => `'${n}'`).join(', '));
  const opened = root[0].replace(
    /\sfont-family="([^"]*)"/,
    (_, stack: string) => ` font-family="${families}, ${stack}"`,
  );
  const style = `\n<defs><style>${rules.join('\n')}</style></defs>`;
  return svg.slice(0, root.index) + opened + style + svg.slice(root.index + root[0].length);
}
