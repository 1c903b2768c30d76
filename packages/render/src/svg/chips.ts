import type { RenderContext } from './context';
import { rect, textLine } from './context';
import type { Markup } from './markup';
import { measureText } from './text-measure';
import type { BadgeTone } from './theme';

/** A small rounded label: a badge (severity, priority) or a tag. */
export interface Chip {
  text: string;
  tone: BadgeTone;
  bold?: boolean;
}

/** Chip geometry. */
export const CHIP = { height: 19, fontSize: 10.5, padX: 7, gap: 5, radius: 9.5 } as const;

/** Width of a chip holding `text`, padding included. */
export function chipWidth(text: string, bold = false): number {
  return measureText(text, CHIP.fontSize, bold) + CHIP.padX * 2;
}

/** A chip placed at a logical offset inside its block. */
interface PlacedChip extends Chip {
  dx: number;
  dy: number;
  width: number;
}

/** Chips flowed into rows within a width. */
export interface ChipFlow {
  height: number;
  chips: PlacedChip[];
}

/** Flows chips into rows no wider than `maxWidth`; a chip wider than the row is shortened with an ellipsis. */
export function flowChips(chips: readonly Chip[], maxWidth: number): ChipFlow {
  const placed: PlacedChip[] = [];
  let dx = 0;
  let dy = 0;
  for (const chip of chips) {
    let text = chip.text;
    const measure = (t: string): number => chipWidth(t, chip.bold === true);
    if (measure(text) > maxWidth) {
      const chars = [...text];
      while (chars.length > 1 && measure(`${chars.join('')}…`) > maxWidth) chars.pop();
      text = `${chars.join('')}…`;
    }
    const width = Math.min(maxWidth, measure(text));
    if (dx > 0 && dx + width > maxWidth) {
      dx = 0;
      dy += CHIP.height + CHIP.gap;
    }
    placed.push({ ...chip, text, dx, dy, width });
    dx += width + CHIP.gap;
  }
  return { height: placed.length === 0 ? 0 : dy + CHIP.height, chips: placed };
}

/** Draws a flow at logical (x, y). */
export function drawChips(ctx: RenderContext, flow: ChipFlow, x: number, y: number): Markup[] {
  return flow.chips.flatMap((chip) => [
    rect(ctx, x + chip.dx, y + chip.dy, chip.width, CHIP.height, { rx: CHIP.radius, fill: chip.tone.bg }),
    textLine(ctx, x + chip.dx + CHIP.padX, y + chip.dy + 13.2, chip.text, {
      size: CHIP.fontSize,
      weight: chip.bold === true ? 'bold' : 'normal',
      fill: chip.tone.fg,
    }),
  ]);
}
