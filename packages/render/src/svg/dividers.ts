import { dividerKindLabel } from '@waymark/domain';
import type { Divider } from '@waymark/domain';
import type { RenderContext } from './context';
import { pointX, rect, textLine } from './context';
import { el } from './markup';
import type { Markup } from './markup';
import { measureText } from './text-measure';

/** Line colour per blueprint line kind. */
export const DIVIDER_COLORS: Record<Divider['kind'], string> = {
  line_of_interaction: '#d9480f',
  line_of_visibility: '#1c7ed6',
  line_of_internal_interaction: '#ae3ec9',
};

/** Dash pattern per blueprint line kind, so the lines differ in print too. */
export const DIVIDER_DASH: Record<Divider['kind'], string> = {
  line_of_interaction: '14 4 2 4',
  line_of_visibility: '8 5',
  line_of_internal_interaction: '3 4',
};

/** The localized name of a blueprint line. */
export function dividerLabel(ctx: RenderContext, kind: Divider['kind']): string {
  return dividerKindLabel(kind, ctx.locale);
}

/**
 * Draws a service-blueprint line across the map at `y` (logical `left`..`right`), dashed in its kind's
 * colour, with its name in a pill at the start of the line.
 */
export function drawDivider(
  ctx: RenderContext,
  kind: Divider['kind'],
  left: number,
  right: number,
  y: number,
): Markup[] {
  const color = DIVIDER_COLORS[kind];
  const label = dividerLabel(ctx, kind);
  const pillWidth = measureText(label, 10.5, true) + 16;
  return [
    el('line', {
      x1: pointX(ctx, left),
      x2: pointX(ctx, right),
      y1: y,
      y2: y,
      stroke: color,
      'stroke-width': 1.6,
      'stroke-dasharray': DIVIDER_DASH[kind],
      class: `divider ${kind.replace(/_/g, '-')}`,
    }),
    rect(ctx, left + 6, y - 9.5, pillWidth, 19, {
      rx: 9.5,
      fill: '#ffffff',
      stroke: color,
      'stroke-width': 1,
    }),
    textLine(ctx, left + 14, y + 3.8, label, { size: 10.5, weight: 'bold', fill: color }),
  ];
}
