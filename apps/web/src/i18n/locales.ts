import { localeDirection, type Direction, type Locale } from '@waymark/domain';

/** One UI language: its code, its name in itself, and its writing direction. */
export interface LocaleInfo {
  code: Locale;
  nativeName: string;
  dir: Direction;
}

const NATIVE_NAMES: readonly Omit<LocaleInfo, 'dir'>[] = [
  { code: 'en', nativeName: 'English' },
  { code: 'th', nativeName: 'ไทย' },
  { code: 'zh-TW', nativeName: '繁體中文' },
  { code: 'vi', nativeName: 'Tiếng Việt' },
  { code: 'fa', nativeName: 'فارسی' },
];

/** The UI languages in the order the language switcher lists them. */
export const LOCALES: readonly LocaleInfo[] = NATIVE_NAMES.map((l) => ({
  ...l,
  dir: localeDirection(l.code),
}));

/** Writing direction of a locale, by the domain's `localeDirection`: Persian is right to left. */
export function directionOf(locale: Locale): Direction {
  return localeDirection(locale);
}

/** Narrows any string to a supported locale, or undefined. */
export function asLocale(value: string | null | undefined): Locale | undefined {
  return LOCALES.find((l) => l.code === value)?.code;
}
