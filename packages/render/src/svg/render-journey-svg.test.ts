import { describe, expect, it } from 'vitest';
import { buildFigures, buildJourney, buildPersonas, TINY_PNG } from '../test-support/journey-factory';
import { findAll, parseXml, texts } from '../test-support/xml';
import type { XmlElement } from '../test-support/xml';
import { ICON_PATHS } from './icons';
import { renderJourneySvg } from './render-journey-svg';

function render(locale: Parameters<typeof buildJourney>[0] = 'en', withFigures = true): string {
  const journey = buildJourney(locale);
  return renderJourneySvg({
    journey,
    personas: buildPersonas(),
    figures: withFigures ? buildFigures(journey) : undefined,
  });
}

/** Horizontal centre of a stage header polygon. */
function headerCenter(root: XmlElement, stageId: string): number {
  const polygon = findAll(root, 'polygon').find((p) => p.attrs['data-stage'] === stageId);
  if (polygon === undefined) throw new Error(`no header for ${stageId}`);
  const xs = (polygon.attrs.points ?? '').split(' ').map((pair) => Number(pair.split(',')[0]));
  return (Math.min(...xs) + Math.max(...xs)) / 2;
}

describe('renderJourneySvg', () => {
  it('produces a well-formed standalone SVG with size and viewBox', () => {
    const svg = render();
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    const width = Number(root.attrs.width);
    const height = Number(root.attrs.height);
    expect(width).toBeGreaterThan(1000);
    expect(height).toBeGreaterThan(800);
    expect(root.attrs.viewBox).toBe(`0 0 ${width} ${height}`);
    expect(root.attrs['font-family']).toContain('Noto Sans CJK TC');
    expect(findAll(root, 'title')[0]?.text).toBe('Online store');
  });

  it('draws the title, map type, stages, lanes and every card', () => {
    const all = texts(parseXml(render()));
    for (const expected of [
      'Online store',
      'Service blueprint',
      'Discover',
      'Delivery',
      'Opportunities',
      'Sees an ad on social media',
      'Severity 4/5',
      'Impact 5 · Feasibility 4 · Priority 20',
      'Quick win',
      'social',
      '#paid',
      'Line of interaction',
      'Line of visibility',
      'Line of internal interaction',
      'Relieved',
    ]) {
      expect(
        all.some((t) => t.includes(expected)),
        expected,
      ).toBe(true);
    }
  });

  it('draws the three blueprint lines in lane order, each in its own dash, named in the locale', () => {
    const root = parseXml(render('th'));
    const lines = findAll(root, 'line').filter((l) => (l.attrs.class ?? '').startsWith('divider '));
    expect(lines.map((l) => l.attrs.class)).toEqual([
      'divider line-of-interaction',
      'divider line-of-visibility',
      'divider line-of-internal-interaction',
    ]);
    const ys = lines.map((l) => Number(l.attrs.y1));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(lines.map((l) => l.attrs['stroke-dasharray'])).size).toBe(3);
    expect(texts(root)).toEqual(expect.arrayContaining(['เส้นแบ่งการปฏิสัมพันธ์']));
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(render('th')).toBe(render('th'));
    expect(render('fa')).toBe(render('fa'));
  });

  it('mirrors right-to-left maps: first stage on the right, text direction rtl', () => {
    const ltr = parseXml(render('en'));
    const rtl = parseXml(render('fa'));
    expect(headerCenter(ltr, 'discover')).toBeLessThan(headerCenter(ltr, 'delivery'));
    expect(headerCenter(rtl, 'discover')).toBeGreaterThan(headerCenter(rtl, 'delivery'));
    const width = Number(rtl.attrs.width);
    expect(headerCenter(rtl, 'discover')).toBeCloseTo(width - headerCenter(ltr, 'discover'), 0);
    const rtlTexts = findAll(rtl, 'text');
    expect(rtlTexts.every((t) => t.attrs.direction === 'rtl')).toBe(true);
    expect(findAll(ltr, 'text').some((t) => t.attrs.direction === 'rtl')).toBe(false);
    const title = rtlTexts.find((t) => t.attrs.class === 'title');
    expect(Number(title?.attrs.x)).toBeGreaterThan(width / 2);
  });

  it('escapes hostile text and strips characters XML forbids', () => {
    const hostile = '<img src=x onerror=alert(1)> & "quotes" \'apos\' \u0001\u0008bell';
    const journey = buildJourney('en', {
      title: 'Evil </svg><script>alert(1)</script>',
      items: [
        { type: 'card', id: 'x', stageId: 'discover', laneId: 'actions', text: hostile, tags: ['<b>'] },
      ],
    });
    const svg = renderJourneySvg({ journey, personas: [] });
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toMatch(/<img/i);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<b>/);
    expect(svg).not.toContain('\u0001');
    expect(svg).not.toContain('\u0008');
    const root = parseXml(svg);
    expect(texts(root).join(' ')).toContain('<img src=x onerror=alert(1)> & "quotes" \'apos\' bell');
    expect(texts(root)).toContain('#<b>');
  });

  it('draws built-in card and stage icons as line drawings, short glyphs as text, and skips unknown words', () => {
    const base = buildJourney('en');
    const journey = buildJourney('en', {
      stages: base.stages.map((s, i) => (i === 0 ? { ...s, icon: 'megaphone' } : s)),
      items: [
        { type: 'card', id: 'i1', stageId: 'discover', laneId: 'actions', text: 'Pays', icon: 'credit-card' },
        { type: 'card', id: 'i2', stageId: 'compare', laneId: 'actions', text: 'Waves', icon: '👋' },
        { type: 'card', id: 'i3', stageId: 'checkout', laneId: 'actions', text: 'Odd', icon: 'cart2' },
        { type: 'card', id: 'i4', stageId: 'delivery', laneId: 'actions', text: '', icon: 'star' },
      ],
    });
    const root = parseXml(renderJourneySvg({ journey, personas: [] }));
    const icons = findAll(root, 'g').filter((g) => (g.attrs.class ?? '').startsWith('icon '));
    expect(icons.map((g) => g.attrs.class).sort()).toEqual([
      'icon icon-credit-card',
      'icon icon-megaphone',
      'icon icon-star',
    ]);
    const card = icons.find((g) => g.attrs.class === 'icon icon-credit-card');
    expect(findAll(card ?? root, 'path')[0]?.attrs.d).toBe(ICON_PATHS['credit-card']);
    expect(texts(root)).toContain('👋');
    expect(texts(root).join(' ')).not.toContain('cart2');
  });

  it('keeps only data: raster images and valid colours', () => {
    const valid = buildJourney('en', {
      items: [
        { type: 'card', id: 'ok', stageId: 'discover', laneId: 'actions', text: 'ok', image: TINY_PNG },
      ],
    });
    // The schema refuses these, and the renderer validates its input: a remote image never renders.
    const ok = valid.items[0];
    if (!ok) throw new Error('the card was built');
    for (const image of [
      'https://example.com/a.png',
      'javascript:alert(1)',
      'data:image/svg+xml;base64,PHN2Zz4=',
    ]) {
      const journey = { ...valid, items: [ok, { ...ok, id: 'bad', image }] };
      expect(() => renderJourneySvg({ journey, personas: [] })).toThrow(/images on other hosts are refused/);
    }
    // Stored images are same-origin paths: an export inlines them first, the renderer draws only data: URLs.
    const stored = { ...valid, items: [ok, { ...ok, id: 'up', image: `/api/images/${'0'.repeat(64)}` }] };
    const root = parseXml(renderJourneySvg({ journey: stored, personas: [] }));
    const images = findAll(root, 'image');
    expect(images.map((i) => i.attrs.href)).toEqual([TINY_PNG]);
    const colours = findAll(root)
      .flatMap((e) => [e.attrs.fill, e.attrs.stroke])
      .filter((v): v is string => v !== undefined && v !== 'none');
    expect(colours.every((c) => /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(c))).toBe(true);
  });

  it('places emotion points at stage centres with y ordered by score', () => {
    const root = parseXml(render('en'));
    const points = findAll(root, 'circle').filter((c) => c.attrs.class === 'emotion-point');
    expect(points).toHaveLength(8);
    for (const p of points)
      expect(Number(p.attrs.cx)).toBeCloseTo(headerCenter(root, p.attrs['data-stage'] ?? ''), 0);
    const buyer = points.filter((p) => p.attrs['data-persona'] === 'buyer');
    const byScore = [...buyer].sort((a, b) => Number(b.attrs['data-score']) - Number(a.attrs['data-score']));
    const ys = byScore.map((p) => Number(p.attrs.cy));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(byScore.map((p) => p.attrs['data-score'])).toEqual(['4', '2', '-1', '-3']);
    const sameScoreY = points.filter((p) => p.attrs['data-score'] === '-1').map((p) => p.attrs.cy);
    expect(sameScoreY).toHaveLength(1);
    const curves = findAll(root, 'path').filter((p) => p.attrs.class === 'emotion-curve');
    expect(curves.map((c) => [c.attrs['data-persona'], c.attrs.stroke])).toEqual([
      ['buyer', '#e8590c'],
      ['gifter', '#1c7ed6'],
    ]);
    expect(texts(root)).toEqual(expect.arrayContaining(['Busy buyer', 'Gift shopper', '+4', '-3']));
  });

  it('draws figures on stage headers: users, conversion and drop-off', () => {
    const withFigures = parseXml(render('en'));
    const figures = findAll(withFigures, 'text')
      .filter((t) => t.attrs.class === 'figure')
      .map((t) => t.text);
    expect(figures).toEqual(
      expect.arrayContaining([
        '1,000 users',
        '400 dropped (40%)'.replace(/^/, '↓ '),
        '→ 60% from previous',
        '240 users',
        '→ 80% from previous',
      ]),
    );
    expect(figures.filter((f) => f.endsWith('users'))).toHaveLength(4);
    const without = parseXml(render('en', false));
    expect(findAll(without, 'text').filter((t) => t.attrs.class === 'figure')).toHaveLength(0);
  });

  it('localizes its own labels and digits for Persian', () => {
    const all = texts(parseXml(render('fa')));
    expect(all).toContain('فروشگاه آنلاین');
    expect(all).toContain('۱٬۰۰۰ کاربر');
    expect(all).toContain('خط دید');
  });

  it('rejects invalid input naming the field', () => {
    const journey = buildJourney('en');
    const broken = { ...journey, stages: journey.stages.map((s) => ({ ...s, color: 'red; fill:url(x)' })) };
    expect(() => renderJourneySvg({ journey: broken, personas: [] })).toThrow(/color/);
    expect(() => renderJourneySvg({ journey, personas: [], options: { stageWidth: 5 } })).toThrow(
      /stageWidth/,
    );
  });

  it('renders an empty journey without stages or lanes', () => {
    const journey = buildJourney('en', { stages: [], lanes: [], items: [], dividers: [] });
    const root = parseXml(renderJourneySvg({ journey, personas: [] }));
    expect(Number(root.attrs.width)).toBeGreaterThanOrEqual(720);
    expect(texts(root)).toContain('Online store');
  });
});
