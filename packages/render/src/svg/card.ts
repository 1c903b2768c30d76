import { opportunityPriority, opportunityStatusLabel, quadrantLabel } from '@waymark/domain';
import type { Item, Lane } from '@waymark/domain';
import { drawChips, flowChips } from './chips';
import type { Chip, ChipFlow } from './chips';
import type { RenderContext } from './context';
import { boxX, formatCount, rect, textLines } from './context';
import { safeColor, safeImageHref } from './escape';
import { el } from './markup';
import type { Markup } from './markup';
import { QUADRANT_TONES } from './priority';
import { drawIconMark, iconMark } from './icons';
import { wrapText } from './text-wrap';
import { INK, LANE_ACCENT, NEUTRAL_TONE, SEVERITY_TONES, SIZE } from './theme';

/** A laid-out card: its height for the given width, and how to draw it at a position. */
export interface CardBlock {
  height: number;
  draw: (x: number, y: number) => Markup[];
}

const BODY_LINE = SIZE.bodySize * SIZE.lineHeight;
const META_LINE = SIZE.smallSize * SIZE.lineHeight;
const STRIPE = 4;
const CHANNEL_TONE = { fg: '#1864ab', bg: '#e7f1fb' };
const TAG_TONE = { fg: '#5f3dc4', bg: '#f1edfd' };
/** Side of a card's icon, about the height of a line of its text. */
const ICON_SIZE = 16;

/** The badges shown above a card's text: severity, priority, channel and the like. */
function badgesOf(ctx: RenderContext, item: Item): Chip[] {
  const l = ctx.labels;
  switch (item.type) {
    case 'pain_point': {
      const chips: Chip[] = [
        {
          text: l.severity(formatCount(ctx, item.severity)),
          tone: SEVERITY_TONES[item.severity - 1] ?? NEUTRAL_TONE,
          bold: true,
        },
      ];
      if (item.frequency !== undefined)
        chips.push({ text: l.frequency(formatCount(ctx, item.frequency)), tone: NEUTRAL_TONE });
      return chips;
    }
    case 'opportunity': {
      const { quadrant } = opportunityPriority(item);
      return [
        { text: quadrantLabel(quadrant, ctx.locale), tone: QUADRANT_TONES[quadrant], bold: true },
        { text: opportunityStatusLabel(item.status, ctx.locale), tone: NEUTRAL_TONE },
      ];
    }
    case 'touchpoint':
      return item.channel !== undefined && item.channel.trim() !== ''
        ? [{ text: item.channel, tone: CHANNEL_TONE, bold: true }]
        : [];
    default:
      return [];
  }
}

/** Small lines under the text: impact and feasibility, owner, due date, department. */
function metaOf(ctx: RenderContext, item: Item): string[] {
  const l = ctx.labels;
  switch (item.type) {
    case 'opportunity': {
      const { score } = opportunityPriority(item);
      const lines = [
        [
          l.impact(formatCount(ctx, item.impact)),
          l.feasibility(formatCount(ctx, item.feasibility)),
          l.priorityScore(formatCount(ctx, score)),
        ].join(' · '),
      ];
      const who = [item.owner, item.dueDate].filter((v): v is string => v !== undefined && v !== '');
      if (who.length > 0) lines.push(who.join(' · '));
      return lines;
    }
    case 'touchpoint':
      return item.department !== undefined && item.department !== '' ? [item.department] : [];
    default:
      return [];
  }
}

/**
 * Lays out one item as a card `width` wide: badges, icon and wrapped text, an image (only `data:` URLs),
 * meta lines and tags. The accent stripe sits on the logical start side (right in right-to-left maps).
 */
export function layoutCard(
  ctx: RenderContext,
  item: Item,
  lane: Lane,
  width: number,
  cardIndex: string,
): CardBlock {
  const pad = SIZE.cardPadding;
  const inner = width - pad * 2 - STRIPE - 2;
  const accent = safeColor(item.color) ?? safeColor(lane.color) ?? LANE_ACCENT[lane.kind];
  const badges: ChipFlow = flowChips(badgesOf(ctx, item), inner);
  const mark = iconMark(item.icon);
  const markWidth = mark === undefined ? 0 : ICON_SIZE + 6;
  const lines = wrapText(item.text, inner - markWidth, { fontSize: SIZE.bodySize, locale: ctx.locale });
  const image = safeImageHref(item.image);
  const imageHeight = image === undefined ? 0 : Math.round(inner * 0.62);
  const meta = metaOf(ctx, item).flatMap((m) =>
    wrapText(m, inner, { fontSize: SIZE.smallSize, locale: ctx.locale }),
  );
  const tags: ChipFlow = flowChips(
    item.tags.map((t) => ({ text: `#${t}`, tone: TAG_TONE })),
    inner,
  );

  const sections: number[] = [];
  if (badges.height > 0) sections.push(badges.height);
  // An icon keeps its line even on a card without text.
  const textRows = Math.max(lines.length, mark === undefined ? 0 : 1);
  if (textRows > 0) sections.push(textRows * BODY_LINE);
  if (imageHeight > 0) sections.push(imageHeight);
  if (meta.length > 0) sections.push(meta.length * META_LINE);
  if (tags.height > 0) sections.push(tags.height);
  const gap = 7;
  const contentHeight = sections.reduce((a, b) => a + b, 0) + Math.max(0, sections.length - 1) * gap;
  const height = Math.max(34, contentHeight + pad * 2);

  const draw = (x: number, y: number): Markup[] => {
    const out: Markup[] = [
      rect(ctx, x + 1, y + 2, width, height, { rx: SIZE.cardRadius, fill: INK.shadow, 'fill-opacity': 0.06 }),
      rect(ctx, x, y, width, height, {
        rx: SIZE.cardRadius,
        fill: INK.card,
        stroke: INK.cardBorder,
        'stroke-width': 1,
      }),
      rect(ctx, x + 4, y + 6, STRIPE, height - 12, { rx: STRIPE / 2, fill: accent }),
    ];
    const left = x + STRIPE + 4 + pad - 2;
    let cy = y + pad;
    if (badges.height > 0) {
      out.push(...drawChips(ctx, badges, left, cy));
      cy += badges.height + gap;
    }
    if (textRows > 0) {
      if (mark !== undefined) out.push(drawIconMark(ctx, mark, left, cy + 0.5, ICON_SIZE, accent));
      out.push(
        ...textLines(ctx, left + markWidth, cy + SIZE.bodySize, lines, BODY_LINE, { size: SIZE.bodySize }),
      );
      cy += textRows * BODY_LINE + gap;
    }
    if (image !== undefined) {
      const clipId = `${ctx.idPrefix}-img-${cardIndex}`;
      const ix = boxX(ctx, left, inner);
      out.push(
        el('clipPath', { id: clipId }, [
          el('rect', { x: ix, y: cy, width: inner, height: imageHeight, rx: 6 }),
        ]),
        el('rect', { x: ix, y: cy, width: inner, height: imageHeight, rx: 6, fill: INK.band }),
        el('image', {
          href: image,
          x: ix,
          y: cy,
          width: inner,
          height: imageHeight,
          preserveAspectRatio: 'xMidYMid slice',
          'clip-path': `url(#${clipId})`,
        }),
      );
      cy += imageHeight + gap;
    }
    if (meta.length > 0) {
      out.push(
        ...textLines(ctx, left, cy + SIZE.smallSize, meta, META_LINE, {
          size: SIZE.smallSize,
          fill: INK.muted,
        }),
      );
      cy += meta.length * META_LINE + gap;
    }
    if (tags.height > 0) out.push(...drawChips(ctx, tags, left, cy));
    return out;
  };
  return { height, draw };
}
