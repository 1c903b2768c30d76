import type { Locale } from '@waymark/domain';
import { en, type MessageKey, type Messages } from './messages/en';
import { th } from './messages/th';
import { zhTW } from './messages/zh-TW';
import { vi } from './messages/vi';
import { fa } from './messages/fa';

/** Any key `t()` accepts: a key of the one catalogue, `messages/en.ts`. */
export type TranslationKey = MessageKey;

/** Values substituted for `{name}` placeholders. */
export type TranslationVars = Readonly<Record<string, string | number>>;

/** The catalogue of each UI language; each translates every key of English. */
export const CATALOGUES: Readonly<Record<Locale, Messages>> = { en, th, 'zh-TW': zhTW, vi, fa };

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** Formats a number in the UI locale (Persian digits in Persian), with the locale's grouping. */
export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/**
 * The text of `key` in `locale`, with `{name}` placeholders filled from `vars`; number values are
 * written in the locale's digits (`formatNumber`), strings as given. Falls back to English, then to
 * the key itself (only reachable for a key built at run time). Returns plain text: React escapes it
 * when rendered.
 */
export function translate(locale: Locale, key: TranslationKey, vars?: TranslationVars): string {
  const own: Readonly<Record<string, string | undefined>> = CATALOGUES[locale];
  const english: Readonly<Record<string, string | undefined>> = en;
  const text = own[key] ?? english[key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}
