import type { Direction, Locale } from '@waymark/domain';

/** One UI language: its code, its name in itself, and its writing direction. */
export interface LocaleInfo {
  code: Locale;
  nativeName: string;
  dir: Direction;
}

/** The UI languages in the order the language switcher lists them. */
export const LOCALES: readonly LocaleInfo[] = [
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'th', nativeName: 'ไทย', dir: 'ltr' },
  { code: 'zh-TW', nativeName: '繁體中文', dir: 'ltr' },
  { code: 'vi', nativeName: 'Tiếng Việt', dir: 'ltr' },
  { code: 'fa', nativeName: 'فارسی', dir: 'rtl' },
];

/** Writing direction of a locale: Persian is right to left, the rest left to right. */
export function directionOf(locale: Locale): Direction {
  return LOCALES.find((l) => l.code === locale)?.dir ?? 'ltr';
}

/** Narrows any string to a supported locale, or undefined. */
export function asLocale(value: string | null | undefined): Locale | undefined {
  return LOCALES.find((l) => l.code === value)?.code;
}
