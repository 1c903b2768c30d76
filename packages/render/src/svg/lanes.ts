import type { Divider, EmotionPoint, Item, Journey, Lane } from '@waymark/domain';
import { layoutCard } from './card';
import type { CardBlock } from './card';
import type { RenderContext } from './context';
import { pointX, rect, textLine, textLines } from './context';
import { safeColor } from './escape';
import { drawDivider } from './dividers';
import { drawEmotionCurves } from './emotion-curve';
import type { PersonaStyle } from './emotion-curve';
import { layoutEmotionNote } from './emotion-note';
import { el } from './markup';
import type { Markup } from './markup';
import { wrapText } from './text-wrap';
import { INK, LANE_ACCENT, SIZE, tint } from './theme';

/** Horizontal geometry shared by the header row and the lanes (logical coordinates). */
export interface Columns {
  /** Start of the lane label column. */
  left: number;
  labelWidth: number;
  /** Start of the first stage column. */
  gridLeft: number;
  stageWidth: number;
  stageCount: number;
  /** End of the last stage column. */
  right: number;
}

/** Logical x of stage `i`'s column start. */
export function stageX(columns: Columns, i: number): number {
  return columns.gridLeft + i * columns.stageWidth;
}

/** The laid-out lane rows of a map. */
export interface LanesBlock {
  height: number;
  draw: (y: number) => Markup[];
}

interface Row {
  lane: Lane;
  height: number;
  label: string[];
  kindLabel: string;
  cells: CardBlock[][];
  divider: Divider['kind'][];
}

const LABEL_SIZE = SIZE.labelSize;
const LABEL_LINE = LABEL_SIZE * 1.3;

/** Stacked height of blocks with gaps between them. */
function stackHeight(blocks: readonly CardBlock[]): number {
  return blocks.reduce((h, b) => h + b.height, 0) + Math.max(0, blocks.length - 1) * SIZE.cardGap;
}

/**
 * Lays out every lane: a label cell, one cell per stage with the lane's items as cards (in the order of
 * `journey.items`), the emotion curves in emotions lanes, and blueprint lines below the lanes they
 * follow. Items in unknown stages or lanes are not drawn.
 */
export function layoutLanes(
  ctx: RenderContext,
  journey: Journey,
  columns: Columns,
  styles: readonly PersonaStyle[],
  kindLabel: (lane: Lane) => string,
): LanesBlock {
  const cardWidth = columns.stageWidth - SIZE.cellPadding * 2;
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const itemsByLane = new Map<string, Item[]>();
  for (const item of journey.items) {
    const items = itemsByLane.get(item.laneId);
    if (items === undefined) itemsByLane.set(item.laneId, [item]);
    else items.push(item);
  }
  let cardCounter = 0;
  const rows: Row[] = journey.lanes.map((lane) => {
    const cells: CardBlock[][] = journey.stages.map(() => []);
    (itemsByLane.get(lane.id) ?? []).forEach((item) => {
      const index = stageIndex.get(item.stageId);
      if (index === undefined) return;
      const block =
        item.type === 'emotion_point'
          ? layoutEmotionNote(
              ctx,
              item,
              styles.find((s) => s.id === item.personaId),
              cardWidth,
            )
          : layoutCard(ctx, item, lane, cardWidth, String(cardCounter++));
      if (block !== undefined) cells[index]?.push(block);
    });
    const label = wrapText(lane.name, columns.labelWidth - 30, {
      fontSize: LABEL_SIZE,
      bold: true,
      locale: ctx.locale,
    });
    const band = lane.kind === 'emotions' ? SIZE.emotionBand : 0;
    const legendHeight = lane.kind === 'emotions' ? styles.length * 18 + 6 : 0;
    const labelHeight = label.length * LABEL_LINE + 20 + legendHeight;
    const content =
      Math.max(...cells.map((c) => (c.length === 0 ? 0 : stackHeight(c) + (band > 0 ? 8 : 0))), 0) + band;
    const height = Math.max(SIZE.minLaneHeight, labelHeight, content) + SIZE.cellPadding * 2;
    const divider = journey.dividers.filter((d) => d.afterLaneId === lane.id).map((d) => d.kind);
    const kind = kindLabel(lane);
    return {
      lane,
      height,
      label,
      kindLabel: kind.toLocaleLowerCase() === lane.name.trim().toLocaleLowerCase() ? '' : kind,
      cells,
      divider,
    };
  });
  const height = rows.reduce((h, r) => h + r.height + r.divider.length * SIZE.dividerGap, 0);

  const draw = (top: number): Markup[] => {
    const out: Markup[] = [];
    const cards: Markup[] = [];
    const overlays: Markup[] = [];
    let y = top;
    rows.forEach((row, r) => {
      const accent = safeColor(row.lane.color) ?? LANE_ACCENT[row.lane.kind];
      out.push(
        rect(ctx, columns.left, y, columns.right - columns.left, row.height, {
          fill: r % 2 === 0 ? INK.page : INK.band,
        }),
        rect(ctx, columns.left, y, columns.labelWidth, row.height, { fill: tint(accent, 0.93) }),
        rect(ctx, columns.left, y + 10, 4, row.height - 20, { rx: 2, fill: accent }),
        ...textLines(ctx, columns.left + 16, y + SIZE.cellPadding + 4 + LABEL_SIZE, row.label, LABEL_LINE, {
          size: LABEL_SIZE,
          weight: 'bold',
          fill: INK.text,
        }),
        ...(row.kindLabel === ''
          ? []
          : [
              textLine(
                ctx,
                columns.left + 16,
                y + SIZE.cellPadding + 4 + row.label.length * LABEL_LINE + 12,
                row.kindLabel,
                {
                  size: SIZE.smallSize - 0.5,
                  fill: INK.faint,
                },
              ),
            ]),
        rect(ctx, columns.left, y + row.height - 1, columns.right - columns.left, 1, { fill: INK.grid }),
      );
      const band = row.lane.kind === 'emotions' ? SIZE.emotionBand : 0;
      if (band > 0) {
        const legendTop = y + SIZE.cellPadding + 4 + row.label.length * LABEL_LINE + 26;
        styles.forEach((style, i) => {
          const ly = legendTop + i * 18;
          out.push(
            el('line', {
              x1: pointX(ctx, columns.left + 16),
              x2: pointX(ctx, columns.left + 34),
              y1: ly,
              y2: ly,
              stroke: style.color,
              'stroke-width': 3,
              'stroke-linecap': 'round',
            }),
            textLine(ctx, columns.left + 40, ly + 4, style.name, { size: SIZE.smallSize, fill: INK.text }),
          );
        });
        overlays.push(
          ...drawEmotionCurves(
            ctx,
            {
              top: y + SIZE.cellPadding + 22,
              bottom: y + SIZE.cellPadding + band - 22,
              left: columns.gridLeft + 12,
              right: columns.right - 12,
              stageCenters: row.cells.map((_, i) => stageX(columns, i) + columns.stageWidth / 2),
            },
            styles,
            (itemsByLane.get(row.lane.id) ?? []).filter((i): i is EmotionPoint => i.type === 'emotion_point'),
            journey.stages.map((s) => s.id),
          ),
        );
      }
      row.cells.forEach((cell, i) => {
        let cy = y + SIZE.cellPadding + (band > 0 ? band + 8 : 0);
        for (const block of cell) {
          cards.push(...block.draw(stageX(columns, i) + SIZE.cellPadding, cy));
          cy += block.height + SIZE.cardGap;
        }
      });
      y += row.height;
      for (const kind of row.divider) {
        overlays.push(...drawDivider(ctx, kind, columns.left, columns.right, y + SIZE.dividerGap / 2));
        y += SIZE.dividerGap;
      }
    });
    for (let i = 0; i <= columns.stageCount; i++) {
      const x = pointX(ctx, stageX(columns, i));
      out.push(el('line', { x1: x, x2: x, y1: top, y2: y, stroke: INK.grid, 'stroke-width': 1 }));
    }
    return [...out, ...cards, ...overlays];
  };
  return { height, draw };
}
