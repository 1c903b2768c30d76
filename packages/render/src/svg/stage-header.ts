import type { Stage, StageFigures } from '@waymark/domain';
import type { RenderContext } from './context';
import { formatCount, formatPercent, pointX, rect, textLine, textLines } from './context';
import { safeColor } from './escape';
import { drawIconMark, iconMark } from './icons';
import { el } from './markup';
import type { Markup } from './markup';
import { wrapText } from './text-wrap';
import { INK, shade, SIZE, STAGE_PALETTE, tint } from './theme';

/** A laid-out stage header; all headers of a map are drawn at the height of the tallest. */
export interface StageHeaderBlock {
  height: number;
  draw: (x: number, y: number, height: number) => Markup[];
}

const NAME_LINE = SIZE.stageNameSize * 1.3;
const SMALL_LINE = SIZE.smallSize * SIZE.lineHeight;
const BADGE = 24;
const ARROW = 12;

/** The stage's colour: its own if valid, otherwise one from the palette by position. */
export function stageColor(stage: Stage, index: number): string {
  return safeColor(stage.color) ?? STAGE_PALETTE[index % STAGE_PALETTE.length] ?? '#4c6ef5';
}

/** Chevron outline in logical coordinates; the first stage has a flat start edge. */
function chevronPoints(x: number, y: number, w: number, h: number, first: boolean): [number, number][] {
  const start: [number, number][] = first
    ? [
        [x, y + h],
        [x, y],
      ]
    : [
        [x, y + h],
        [x + ARROW, y + h / 2],
        [x, y],
      ];
  return [...start, [x + w - ARROW, y], [x + w, y + h / 2], [x + w - ARROW, y + h]];
}

/**
 * Lays out the header of stage `index`: a chevron in the stage colour with a numbered badge (or its icon
 * glyph), the name, the goal, and when figures are given: users reached with a bar scaled to the
 * busiest stage, conversion from the previous stage and drop-off.
 */
export function layoutStageHeader(
  ctx: RenderContext,
  stage: Stage,
  index: number,
  width: number,
  figures: StageFigures | undefined,
  maxUsers: number,
): StageHeaderBlock {
  const color = stageColor(stage, index);
  const padStart = index === 0 ? 14 : 14 + ARROW;
  const inner = width - padStart - ARROW - 10;
  const nameWidth = inner - BADGE - 8;
  const nameLines = wrapText(stage.name, nameWidth, {
    fontSize: SIZE.stageNameSize,
    bold: true,
    locale: ctx.locale,
  });
  const goal =
    stage.goal !== undefined && stage.goal.trim() !== '' ? `${ctx.labels.goal}: ${stage.goal}` : undefined;
  const goalLines =
    goal === undefined
      ? []
      : wrapText(goal, inner, { fontSize: SIZE.smallSize, locale: ctx.locale, maxLines: 3 });
  const nameHeight = Math.max(BADGE, nameLines.length * NAME_LINE);
  const figureRows: { text: string; fill: string; bold: boolean }[] = [];
  if (figures !== undefined) {
    figureRows.push({ text: ctx.labels.users(formatCount(ctx, figures.users)), fill: INK.text, bold: true });
    if (figures.conversionFromPrevious !== null)
      figureRows.push({
        text: `${ctx.rtl ? '←' : '→'} ${ctx.labels.fromPrevious(formatPercent(ctx, figures.conversionFromPrevious))}`,
        fill: INK.muted,
        bold: false,
      });
    if (figures.dropOffRate !== null || figures.dropOff > 0)
      figureRows.push({
        text: `↓ ${ctx.labels.dropOff(formatCount(ctx, figures.dropOff), formatPercent(ctx, figures.dropOffRate ?? 0))}`,
        fill: '#c92a2a',
        bold: false,
      });
  }
  const figuresHeight = figures === undefined ? 0 : 12 + 8 + figureRows.length * SMALL_LINE + 4;
  const height =
    14 + nameHeight + (goalLines.length > 0 ? 6 + goalLines.length * SMALL_LINE : 0) + figuresHeight + 12;

  const draw = (x: number, y: number, h: number): Markup[] => {
    const points = chevronPoints(x + 2, y, width - 4, h, index === 0)
      .map(([px, py]) => `${pointX(ctx, px)},${py}`)
      .join(' ');
    const out: Markup[] = [
      el('polygon', {
        points,
        class: 'stage-header',
        'data-stage': stage.id,
        fill: tint(color, 0.86),
        stroke: tint(color, 0.55),
        'stroke-width': 1,
        'stroke-linejoin': 'round',
      }),
    ];
    const left = x + padStart;
    let cy = y + 14;
    const mark = iconMark(stage.icon);
    out.push(
      el('circle', { cx: pointX(ctx, left + BADGE / 2), cy: cy + BADGE / 2, r: BADGE / 2, fill: color }),
      mark === undefined
        ? textLine(ctx, left + BADGE / 2, cy + BADGE / 2 + 4.5, formatCount(ctx, index + 1), {
            size: 12.5,
            weight: 'bold',
            fill: '#ffffff',
            anchor: 'middle',
          })
        : drawIconMark(ctx, mark, left + 5, cy + 5, BADGE - 10, '#ffffff'),
    );
    const nameTop = cy + (nameHeight - nameLines.length * NAME_LINE) / 2;
    out.push(
      ...textLines(ctx, left + BADGE + 8, nameTop + SIZE.stageNameSize, nameLines, NAME_LINE, {
        size: SIZE.stageNameSize,
        weight: 'bold',
        fill: shade(color, 0.55),
      }),
    );
    cy += nameHeight;
    if (goalLines.length > 0) {
      cy += 6;
      out.push(
        ...textLines(ctx, left, cy + SIZE.smallSize, goalLines, SMALL_LINE, {
          size: SIZE.smallSize,
          fill: INK.muted,
        }),
      );
      cy += goalLines.length * SMALL_LINE;
    }
    if (figures !== undefined) {
      cy = y + h - 12 - figuresHeight + 8;
      const share = maxUsers > 0 ? figures.users / maxUsers : 0;
      out.push(
        rect(ctx, left, cy, inner, 6, { rx: 3, fill: '#ffffff', 'fill-opacity': 0.85 }),
        rect(ctx, left, cy, Math.max(share > 0 ? 6 : 0, inner * share), 6, { rx: 3, fill: color }),
      );
      cy += 12;
      figureRows.forEach((row, i) => {
        out.push(
          textLine(ctx, left, cy + SIZE.smallSize + i * SMALL_LINE, row.text, {
            size: row.bold ? SIZE.smallSize + 1 : SIZE.smallSize,
            weight: row.bold ? 'bold' : 'normal',
            fill: row.fill,
            className: 'figure',
          }),
        );
      });
    }
    return out;
  };
  return { height, draw };
}
