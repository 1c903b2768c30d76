import type { EmotionPoint } from '@waymark/domain';
import type { CardBlock } from './card';
import type { RenderContext } from './context';
import { pointX, textLines } from './context';
import type { PersonaStyle } from './emotion-curve';
import { el } from './markup';
import { wrapText } from './text-wrap';
import { INK, SIZE } from './theme';

const LINE = SIZE.smallSize * SIZE.lineHeight;

/**
 * Lays out the text of an emotion point as a quiet note under the curve: a dot in the persona's colour
 * and the wrapped text. Points without text get no note.
 */
export function layoutEmotionNote(
  ctx: RenderContext,
  point: EmotionPoint,
  style: PersonaStyle | undefined,
  width: number,
): CardBlock | undefined {
  if (point.text.trim() === '') return undefined;
  const lines = wrapText(point.text, width - 14, {
    fontSize: SIZE.smallSize,
    locale: ctx.locale,
    maxLines: 6,
  });
  const height = lines.length * LINE + 2;
  return {
    height,
    draw: (x, y) => [
      el('circle', {
        cx: pointX(ctx, x + 4),
        cy: y + SIZE.smallSize / 2 + 2,
        r: 3.5,
        fill: style?.color ?? INK.faint,
      }),
      ...textLines(ctx, x + 14, y + SIZE.smallSize, lines, LINE, {
        size: SIZE.smallSize,
        fill: INK.muted,
        italic: true,
      }),
    ],
  };
}
