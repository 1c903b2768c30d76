import { journeyKindLabel, mapTypeLabel } from '@waymark/domain';
import type { Journey, JourneyFigures } from '@waymark/domain';
import { CHIP, chipWidth } from './chips';
import type { RenderContext } from './context';
import { formatCount, rect, textLine, textLines } from './context';
import type { Markup } from './markup';
import { wrapText } from './text-wrap';
import { INK, SIZE } from './theme';

/** The laid-out title area. */
export interface TitleBlock {
  height: number;
  draw: (x: number, y: number) => Markup[];
}

const MAP_TYPE_TONE: Record<Journey['mapType'], { fg: string; bg: string }> = {
  current_state: { fg: '#1864ab', bg: '#e7f1fb' },
  future_state: { fg: '#2b8a3e', bg: '#e6f7ea' },
  day_in_the_life: { fg: '#c2255c', bg: '#fdeef4' },
  service_blueprint: { fg: '#5f3dc4', bg: '#f1edfd' },
};

/**
 * Lays out the map's heading: a pill with the map type, the title, a line with journey kind, goal action
 * and measured totals, and the description (at most six lines).
 */
export function layoutTitle(
  ctx: RenderContext,
  journey: Journey,
  figures: JourneyFigures | undefined,
  width: number,
): TitleBlock {
  const l = ctx.labels;
  const typeText = mapTypeLabel(journey.mapType, ctx.locale);
  const pillWidth = chipWidth(typeText, true) + 4;
  const titleLines = wrapText(journey.title, width, {
    fontSize: SIZE.titleSize,
    bold: true,
    locale: ctx.locale,
  });
  const facts = [journeyKindLabel(journey.journeyKind, ctx.locale)];
  if (journey.goalAction !== undefined && journey.goalAction.trim() !== '')
    facts.push(`${l.goal}: ${journey.goalAction}`);
  if (figures !== undefined) {
    facts.push(l.users(formatCount(ctx, figures.totalUsers)));
    if (figures.from !== null || figures.to !== null)
      facts.push(`\u2066${figures.from ?? '…'} – ${figures.to ?? '…'}\u2069`);
  }
  const factLines = wrapText(facts.join('  ·  '), width, { fontSize: SIZE.subtitleSize, locale: ctx.locale });
  const description = wrapText(journey.description, Math.min(width, 960), {
    fontSize: SIZE.subtitleSize,
    locale: ctx.locale,
    maxLines: 6,
  });
  const titleLine = SIZE.titleSize * 1.25;
  const subLine = SIZE.subtitleSize * SIZE.lineHeight;
  const height =
    CHIP.height +
    12 +
    titleLines.length * titleLine +
    4 +
    factLines.length * subLine +
    (description.length > 0 ? 8 + description.length * subLine : 0);

  const draw = (x: number, y: number): Markup[] => {
    const tone = MAP_TYPE_TONE[journey.mapType];
    const out: Markup[] = [
      rect(ctx, x, y, pillWidth, CHIP.height, { rx: CHIP.radius, fill: tone.bg }),
      textLine(ctx, x + CHIP.padX + 2, y + 13.2, typeText, {
        size: CHIP.fontSize,
        weight: 'bold',
        fill: tone.fg,
        className: 'map-type',
      }),
    ];
    let cy = y + CHIP.height + 12;
    out.push(
      ...textLines(ctx, x, cy + SIZE.titleSize * 0.95, titleLines, titleLine, {
        size: SIZE.titleSize,
        weight: 'bold',
        fill: INK.text,
        className: 'title',
      }),
    );
    cy += titleLines.length * titleLine + 4;
    out.push(
      ...textLines(ctx, x, cy + SIZE.subtitleSize, factLines, subLine, {
        size: SIZE.subtitleSize,
        fill: INK.muted,
      }),
    );
    cy += factLines.length * subLine;
    if (description.length > 0) {
      cy += 8;
      out.push(
        ...textLines(ctx, x, cy + SIZE.subtitleSize, description, subLine, {
          size: SIZE.subtitleSize,
          fill: INK.text,
        }),
      );
    }
    return out;
  };
  return { height, draw };
}
