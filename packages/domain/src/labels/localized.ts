import type { Locale } from '../schema';

/** One text in every locale Waymark ships. A missing locale is a type error, not a runtime gap. */
export type Localized = Readonly<Record<Locale, string>>;

/** The writing direction a locale's UI and new maps use: `rtl` for Persian, `ltr` otherwise. */
export function localeDirection(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'fa' ? 'rtl' : 'ltr';
}
