import { isIconName } from '@waymark/domain';
import type { IconName } from '@waymark/domain';
import type { RenderContext } from './context';
import { boxX, textLine } from './context';
import { el, num } from './markup';
import type { Markup } from './markup';
import { segmenter } from './text-wrap';

/**
 * The built-in icons as 24 x 24 line drawings (stroked, round caps and joins, no fill). The web app
 * draws them with the same paths, so an icon looks the same on screen and in every export.
 */
export const ICON_PATHS: Readonly<Record<IconName, string>> = {
  compass: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M15.5 8.5l-2 5-5 2 2-5z',
  search: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14z M20 20l-4-4',
  scale: 'M12 4v16 M7 20h10 M5 8h14 M5 8l-3 6a3 3 0 0 0 6 0z M19 8l-3 6a3 3 0 0 0 6 0z',
  cart: 'M3 4h2l2.5 11h10.5l2-8H6.2 M9 20a1 1 0 1 0 0-2 1 1 0 0 0 0 2z M17 20a1 1 0 1 0 0-2 1 1 0 0 0 0 2z',
  'credit-card': 'M3 6h18v12H3z M3 10h18 M7 15h3',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  truck:
    'M2 6h11v10H2z M13 10h4l3 3v3h-7z M6 19a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z M17 19a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z',
  package: 'M12 3l8 4v10l-8 4-8-4V7z M4 7l8 4 8-4 M12 11v10',
  phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  mail: 'M3 6h18v12H3z M3 7l9 6 9-6',
  chat: 'M4 5h16v11H9l-5 4z',
  globe: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18',
  store: 'M4 10v10h16V10 M3 4h18l-1 6H4z M9 20v-6h6v6',
  star: 'M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3 6.5 20.2l1-6.2L3 9.6l6.2-.9z',
  heart: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
  smile: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M8 14s1.5 2 4 2 4-2 4-2 M9 9.5h.01 M15 9.5h.01',
  frown: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M16 16s-1.5-2-4-2-4 2-4 2 M9 9.5h.01 M15 9.5h.01',
  alert: 'M12 3l10 18H2z M12 10v4 M12 17.5h.01',
  target:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10z M12 11a1 1 0 1 0 0 2 1 1 0 0 0 0-2z',
  trend: 'M3 17l6-6 4 4 8-8 M15 7h6v6',
  repeat: 'M17 2l4 4-4 4 M3 11V9a3 3 0 0 1 3-3h15 M7 22l-4-4 4-4 M21 13v2a3 3 0 0 1-3 3H3',
  lock: 'M5 11h14v10H5z M8 11V7a4 4 0 0 1 8 0v4',
  user: 'M12 4a4 4 0 1 0 0 8 4 4 0 0 0 0-8z M4 21a8 8 0 0 1 16 0',
  users:
    'M9 4a4 4 0 1 0 0 8 4 4 0 0 0 0-8z M2 21a7 7 0 0 1 14 0 M16 4.5a3.5 3.5 0 0 1 0 7 M18 14a6 6 0 0 1 4 7',
  flag: 'M5 21V4 M5 4h12l-2 4 2 4H5',
  rocket: 'M12 15l-3-3c1-5 5-9 11-9 0 6-4 10-9 11z M9 12H5l3-4h4 M12 15v4l4-3v-4 M6 16c-2 1-2 4-2 4s3 0 4-2',
  tool: 'M14.5 6.5a4 4 0 0 0 5 5L12 19a2.1 2.1 0 0 1-3-3l7.5-7.5a4 4 0 0 0-5-5z',
  megaphone: 'M3 10v4h3l8 5V5L6 10z M18 8a5 5 0 0 1 0 8',
  home: 'M3 11l9-8 9 8 M5 9v12h14V9',
  calendar: 'M4 5h16v16H4z M4 10h16 M8 3v4 M16 3v4',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M12 7v5l3 2',
  gift: 'M3 8h18v4H3z M5 12v9h14v-9 M12 8v13 M12 8S11 3 8 4s-1 4 4 4 M12 8s1-5 4-4 1 4-4 4',
};

/** Stroke width of the icons in their 24-unit box (the web app uses the same). */
export const ICON_STROKE = 1.9;

/**
 * What an `icon` field draws as: a built-in icon, a short glyph (one or two graphemes that are not
 * letters or digits, such as an emoji), or nothing (an unknown word such as "cart2").
 */
export type IconMark = { kind: 'icon'; name: IconName } | { kind: 'glyph'; text: string } | undefined;

/** Reads an `icon` field; see `IconMark`. */
export function iconMark(icon: string | undefined): IconMark {
  if (icon === undefined) return undefined;
  const trimmed = icon.trim();
  if (isIconName(trimmed)) return { kind: 'icon', name: trimmed };
  const count = [...segmenter('en', 'grapheme').segment(trimmed)].length;
  return count >= 1 && count <= 2 && !/^[\p{L}\p{N}]+$/u.test(trimmed)
    ? { kind: 'glyph', text: trimmed }
    : undefined;
}

/**
 * Draws an icon mark in a `size` square whose logical top-left is (`x`, `y`), in `color`. A glyph is
 * drawn as text on the square's baseline. Icons are not mirrored in right-to-left maps (only placed).
 */
export function drawIconMark(
  ctx: RenderContext,
  mark: Exclude<IconMark, undefined>,
  x: number,
  y: number,
  size: number,
  color: string,
): Markup {
  if (mark.kind === 'glyph') {
    return textLine(ctx, x + size / 2, y + size * 0.82, mark.text, {
      size: size * 0.85,
      fill: color,
      anchor: 'middle',
    });
  }
  const scale = Math.round((size / 24) * 1000) / 1000;
  return el(
    'g',
    {
      class: `icon icon-${mark.name}`,
      transform: `translate(${num(boxX(ctx, x, size))} ${num(y)}) scale(${scale})`,
      fill: 'none',
      stroke: color,
      'stroke-width': ICON_STROKE,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    },
    [el('path', { d: ICON_PATHS[mark.name] })],
  );
}
