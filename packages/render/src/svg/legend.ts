import { mapTypeLabel, QUADRANTS, quadrantLabel } from '@waymark/domain';
import type { Divider } from '@waymark/domain';
import { CHIP, drawChips, flowChips } from './chips';
import type { RenderContext } from './context';
import { formatCount, pointX, rect, textLine } from './context';
import { DIVIDER_COLORS, DIVIDER_DASH, dividerLabel } from './dividers';
import type { PersonaStyle } from './emotion-curve';
import { el } from './markup';
import type { Markup } from './markup';
import { QUADRANT_TONES } from './priority';
import { measureText } from './text-measure';
import { INK, SEVERITY_TONES, SIZE } from './theme';

/** What the legend explains; groups with nothing to show are left out. */
export interface LegendContent {
  showSeverity: boolean;
  showPriority: boolean;
  personas: readonly PersonaStyle[];
  dividers: readonly Divider['kind'][];
}

/** A laid-out legend. */
export interface LegendBlock {
  height: number;
  draw: (x: number, y: number) => Markup[];
}

interface Group {
  title: string;
  width: number;
  draw: (ctx: RenderContext, x: number, y: number) => Markup[];
}

const TITLE_SIZE = 11;
const ENTRY_Y = 20;
const SWATCH = 22;

function chipGroup(title: string, chips: { text: string; tone: { fg: string; bg: string } }[]): Group {
  const flow = flowChips(
    chips.map((c) => ({ ...c, bold: true })),
    10_000,
  );
  const width = Math.max(
    measureText(title, TITLE_SIZE, true),
    flow.chips.reduce((w, c) => w + c.width + CHIP.gap, 0),
  );
  return { title, width, draw: (ctx, x, y) => drawChips(ctx, flow, x, y + ENTRY_Y) };
}

function lineGroup(title: string, entries: { text: string; color: string; dash?: string }[]): Group {
  const widths = entries.map((e) => SWATCH + 6 + measureText(e.text, SIZE.smallSize) + 14);
  const width = Math.max(
    measureText(title, TITLE_SIZE, true),
    widths.reduce((a, b) => a + b, 0),
  );
  return {
    title,
    width,
    draw: (ctx, x, y) => {
      const out: Markup[] = [];
      let dx = x;
      entries.forEach((e, i) => {
        const cy = y + ENTRY_Y + CHIP.height / 2;
        out.push(
          el('line', {
            x1: pointX(ctx, dx),
            x2: pointX(ctx, dx + SWATCH),
            y1: cy,
            y2: cy,
            stroke: e.color,
            'stroke-width': e.dash === undefined ? 3 : 1.8,
            'stroke-linecap': e.dash === undefined ? 'round' : 'butt',
            'stroke-dasharray': e.dash,
          }),
          textLine(ctx, dx + SWATCH + 6, cy + 4, e.text, { size: SIZE.smallSize, fill: INK.text }),
        );
        dx += widths[i] ?? 0;
      });
      return out;
    },
  };
}

/**
 * Lays out the legend: pain point severity, opportunity priority, persona colours of the emotion
 * curves and the blueprint lines, as groups flowed into rows within `maxWidth`.
 */
export function layoutLegend(ctx: RenderContext, content: LegendContent, maxWidth: number): LegendBlock {
  const l = ctx.labels;
  const groups: Group[] = [];
  if (content.showSeverity)
    groups.push(
      chipGroup(
        l.severityTitle,
        SEVERITY_TONES.map((tone, i) => ({ text: formatCount(ctx, i + 1), tone })),
      ),
    );
  if (content.showPriority) {
    groups.push(
      chipGroup(
        l.priorityTitle,
        QUADRANTS.map((q) => ({ text: quadrantLabel(q, ctx.locale), tone: QUADRANT_TONES[q] })),
      ),
    );
  }
  if (content.personas.length > 0)
    groups.push(
      lineGroup(
        l.personas,
        content.personas.map((p) => ({ text: p.name, color: p.color })),
      ),
    );
  if (content.dividers.length > 0)
    groups.push(
      lineGroup(
        mapTypeLabel('service_blueprint', ctx.locale),
        content.dividers.map((kind) => ({
          text: dividerLabel(ctx, kind),
          color: DIVIDER_COLORS[kind],
          dash: DIVIDER_DASH[kind],
        })),
      ),
    );
  const rowHeight = ENTRY_Y + CHIP.height + 14;
  const placed: { group: Group; dx: number; dy: number }[] = [];
  let dx = 0;
  let dy = 0;
  for (const group of groups) {
    if (dx > 0 && dx + group.width > maxWidth) {
      dx = 0;
      dy += rowHeight;
    }
    placed.push({ group, dx, dy });
    dx += group.width + 36;
  }
  const height = placed.length === 0 ? 0 : dy + rowHeight;
  return {
    height,
    draw: (x, y) =>
      placed.flatMap(({ group, dx: gx, dy: gy }) => [
        textLine(ctx, x + gx, y + gy + TITLE_SIZE, group.title.toUpperCase(), {
          size: TITLE_SIZE,
          weight: 'bold',
          fill: INK.faint,
        }),
        ...group.draw(ctx, x + gx, y + gy),
      ]),
  };
}

/** The footer rule and credit line under the legend. */
export function drawFooter(ctx: RenderContext, left: number, right: number, y: number): Markup[] {
  return [
    rect(ctx, left, y, right - left, 1, { fill: INK.grid }),
    textLine(ctx, right, y + 20, ctx.labels.madeWith, {
      size: SIZE.smallSize,
      fill: INK.faint,
      anchor: 'end',
    }),
  ];
}
