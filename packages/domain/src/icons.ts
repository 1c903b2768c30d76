import { z } from 'zod';

/**
 * The built-in icon set: names a stage, lane or card may carry in its `icon` field. The web app and
 * the exports draw each name as the same line drawing (`ICON_PATHS` in `@waymark/render`), so an icon
 * looks the same on screen, in SVG, PNG and PDF, without depending on an emoji font.
 */
export const ICON_NAMES = [
  'compass',
  'search',
  'scale',
  'cart',
  'credit-card',
  'check',
  'truck',
  'package',
  'phone',
  'mail',
  'chat',
  'globe',
  'store',
  'star',
  'heart',
  'smile',
  'frown',
  'alert',
  'target',
  'trend',
  'repeat',
  'lock',
  'user',
  'users',
  'flag',
  'rocket',
  'tool',
  'megaphone',
  'home',
  'calendar',
  'clock',
  'gift',
] as const;

/** A name of the built-in icon set. */
export type IconName = (typeof ICON_NAMES)[number];

const iconNames: ReadonlySet<string> = new Set(ICON_NAMES);

/** True when `icon` names a built-in icon (rather than, say, an emoji typed in another tool). */
export function isIconName(icon: string): icon is IconName {
  return iconNames.has(icon);
}

/**
 * The `icon` field of stages, lanes and items. A built-in name is drawn as its line icon; any other
 * short text (an emoji from an older document or another tool) is drawn as text, cut to two
 * characters. Kept a string rather than an enum so documents written before the set was fixed still
 * read.
 */
export const iconSchema = z
  .string()
  .max(64)
  .meta({
    description:
      'A built-in icon name (the examples), drawn as a line icon; other short text such as an emoji is drawn as text.',
    examples: [...ICON_NAMES],
  });
