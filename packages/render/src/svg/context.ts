import type { Locale } from '@waymark/domain';
import type { RenderLabels } from './labels';
import { el, Markup } from './markup';
import { INK } from './theme';

/**
 * What every drawing function needs: direction, locale, labels and the page width used to mirror
 * logical (left-to-right) coordinates for right-to-left maps.
 */
export interface RenderContext {
  rtl: boolean;
  /** Page width; logical x is mirrored as `width - x` in right-to-left maps. */
  width: number;
  locale: Locale;
  labels: RenderLabels;
  /** Prefix for element ids, so several maps can share one HTML page. */
  idPrefix: string;
  /** Number formatting locale (content locale of the map). */
  numberLocale: string;
}

/** Physical x of a box that starts at logical `x` and is `w` wide. */
export function boxX(ctx: RenderContext, x: number, w = 0): number {
  return ctx.rtl ? ctx.width - x - w : x;
}

/** Physical x of a logical point. */
export function pointX(ctx: RenderContext, x: number): number {
  return ctx.rtl ? ctx.width - x : x;
}

/** How a line of text is drawn; `anchor` is logical (start = left in ltr, right in rtl). */
export interface TextStyle {
  size: number;
  weight?: 'normal' | 'bold';
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  italic?: boolean;
  /** Extra attributes such as a class name. */
  className?: string;
}

const RTL_CHAR = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/**
 * Wraps a line in a first-strong isolate (FSI .. PDI) when the map is right-to-left or the line holds
 * right-to-left script, so a Latin line in a Persian map (or the reverse) keeps its own order and its
 * punctuation where it belongs.
 */
export function isolate(ctx: RenderContext, content: string): string {
  return ctx.rtl || RTL_CHAR.test(content) ? `\u2068${content}\u2069` : content;
}

/** One line of text at logical `x` and baseline `y`; right-to-left maps get `direction="rtl"`. */
export function textLine(
  ctx: RenderContext,
  x: number,
  y: number,
  content: string,
  style: TextStyle,
): Markup {
  return el(
    'text',
    {
      x: pointX(ctx, x),
      y,
      'font-size': style.size,
      'font-weight': style.weight === 'bold' ? 'bold' : undefined,
      'font-style': style.italic === true ? 'italic' : undefined,
      fill: style.fill ?? INK.text,
      'text-anchor': style.anchor === undefined || style.anchor === 'start' ? undefined : style.anchor,
      direction: ctx.rtl ? 'rtl' : undefined,
      class: style.className,
    },
    [Markup.text(isolate(ctx, content))],
  );
}

/** Several wrapped lines starting at baseline `y`, `lineHeight` apart. */
export function textLines(
  ctx: RenderContext,
  x: number,
  y: number,
  lines: readonly string[],
  lineHeight: number,
  style: TextStyle,
): Markup[] {
  return lines.map((line, i) => textLine(ctx, x, y + i * lineHeight, line, style));
}

/** A rectangle at logical `x`, mirrored for right-to-left maps. */
export function rect(
  ctx: RenderContext,
  x: number,
  y: number,
  w: number,
  h: number,
  attrs: Record<string, string | number | undefined> = {},
): Markup {
  return el('rect', { x: boxX(ctx, x, w), y, width: Math.max(0, w), height: Math.max(0, h), ...attrs });
}

/** Formats a count in the map's locale (Persian digits for `fa`). */
export function formatCount(ctx: RenderContext, n: number): string {
  return new Intl.NumberFormat(ctx.numberLocale, { maximumFractionDigits: 0 }).format(n);
}

/** Formats a 0..1 rate as a percentage with at most one decimal. */
export function formatPercent(ctx: RenderContext, rate: number): string {
  return new Intl.NumberFormat(ctx.numberLocale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}
