import { afterAll, describe, expect, it } from 'vitest';
import type { Locale } from '@waymark/domain';
import { closeRenderer, svgToPng } from '../chromium';
import { renderJourneySvg } from '../svg/render-journey-svg';
import { buildJourney, buildPersonas } from '../test-support/journey-factory';
import { findAll, parseXml } from '../test-support/xml';
import { embedFonts } from './embed-fonts';
import { textRuns } from './svg-text';

afterAll(async () => {
  await closeRenderer();
});

function svgFor(locale: Locale, title?: string): string {
  const journey = buildJourney(locale, title === undefined ? {} : { title });
  return renderJourneySvg({ journey, personas: buildPersonas() });
}

/** The embedded SVG with its font stack cut to the embedded families, then `fallback`. */
function embeddedOnly(svg: string, fallback: string): string {
  return svg.replace(/font-family="([^"]*)"/, (_, stack: string) => {
    const embedded = stack.split(', ').filter((name) => name.startsWith('&apos;Waymark '));
    return `font-family="${[...embedded, fallback].join(', ')}"`;
  });
}

describe('textRuns', () => {
  it('collects the characters of each weight and style, decoded, with the pieces shapers use', () => {
    const svg = [
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">',
      '<text x="0" y="0">A &amp; B</text>',
      '<text x="0" y="0" font-weight="bold">ทำ</text>',
      '<text x="0" y="0" font-style="italic">\u2068ệ\u2069</text>',
      '</svg>',
    ].join('');
    const runs = textRuns(svg);
    expect(runs.map((r) => [r.weight, r.italic])).toEqual([
      [400, false],
      [400, true],
      [700, false],
    ]);
    expect(String.fromCodePoint(...(runs[0]?.codePoints ?? []))).toBe(' &AB');
    // SARA AM brings NIKHAHIT and SARA AA; ệ its decomposition; isolates draw nothing.
    expect(runs[2]?.codePoints).toEqual([0xe17, 0xe32, 0xe33, 0xe4d]);
    expect(runs[1]?.codePoints).toEqual([0x65, 0x302, 0x323, 0x1ec7]);
  });
});

describe('embedFonts', () => {
  it('adds a subset of each font the map uses, deterministically, changing nothing else', async () => {
    const svg = svgFor('zh-TW');
    const embedded = await embedFonts(svg);
    expect(await embedFonts(svg)).toBe(embedded);
    const families = [...embedded.matchAll(/@font-face\{font-family:"([^"]+)";font-weight:(\d+)/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(families).toEqual(
      expect.arrayContaining([
        'Waymark DejaVu Sans 400',
        'Waymark DejaVu Sans 700',
        'Waymark Noto Sans CJK TC 400',
      ]),
    );
    const root = parseXml(embedded);
    expect(root.attrs['font-family']).toMatch(
      /^'Waymark DejaVu Sans', 'Waymark Noto Sans CJK TC', 'Noto Sans'/,
    );
    expect(findAll(root, 'style')).toHaveLength(1);
    // A subset, not the whole 19 MB collection.
    expect(embedded.length - svg.length).toBeLessThan(300_000);
    const restored = embedded
      .replace(/\n<defs><style>[\s\S]*?<\/style><\/defs>/, '')
      .replace(
        /font-family="&apos;Waymark [^"]*?, &apos;Noto Sans&apos;/,
        'font-family="&apos;Noto Sans&apos;',
      );
    expect(restored).toBe(svg);
  });

  it('keeps hostile text escaped and adds only font data', async () => {
    const hostile = '</style><script>alert(1)</script> ร้าน';
    const embedded = await embedFonts(svgFor('th', hostile));
    expect(embedded).not.toMatch(/<script/i);
    const style = /<style>([\s\S]*?)<\/style>/.exec(embedded)?.[1] ?? '';
    expect(style).toMatch(
      /^(@font-face\{[^}]*src:url\(data:font\/(ttf|otf);base64,[A-Za-z0-9+/=]+\) format\("(truetype|opentype)"\)\}\n?)+$/,
    );
    expect(findAll(parseXml(embedded), 'title')[0]?.text).toBe(hostile);
  });

  it('draws every character with the embedded fonts: the viewer’s fonts are never needed', async () => {
    for (const locale of ['th', 'zh-TW', 'fa', 'vi'] as const) {
      const embedded = await embedFonts(svgFor(locale));
      const withOwn = await svgToPng(embedded);
      // An unrelated installed font behind the embedded ones would show wherever they lack a glyph.
      expect((await svgToPng(embeddedOnly(embedded, '&apos;Tlwg Mono&apos;'))).equals(withOwn), locale).toBe(
        true,
      );
    }
  });
});
