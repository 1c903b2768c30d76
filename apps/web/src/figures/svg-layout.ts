/**
 * Small helpers for the plain-SVG charts: mirroring for right-to-left, text anchors and nice axis
 * ticks. The charts compute every coordinate themselves (no chart library).
 */

import type { Direction } from '@waymark/domain';

/** Mirrors x positions and text anchors in a chart `width` wide when the UI is right to left. */
export interface Mirror {
  x(value: number): number;
  /** The anchor for text that starts at the reading edge. */
  start: 'start' | 'end';
  /** The anchor for text that ends at the reading edge. */
  end: 'start' | 'end';
}

/** A mirror for a chart of `width` in direction `dir`. */
export function mirror(width: number, dir: Direction): Mirror {
  const rtl = dir === 'rtl';
  return {
    x: (value) => (rtl ? width - value : value),
    start: rtl ? 'end' : 'start',
    end: rtl ? 'start' : 'end',
  };
}

/** About `count` round tick values from 0 to at least `max` (1, 2 or 5 times a power of ten apart). */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(v);
  return ticks;
}

/** Shortens `text` to at most `max` characters with an ellipsis (grapheme-safe for Thai and CJK). */
export function clip(text: string, max: number): string {
  const graphemes = Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
    (s) => s.segment,
  );
  return graphemes.length <= max ? text : `${graphemes.slice(0, max - 1).join('')}…`;
}
