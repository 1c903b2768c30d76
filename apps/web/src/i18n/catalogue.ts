import type { Locale } from '@waymark/domain';
import { en, type MessageKey } from './locales/en';
import { th } from './locales/th';
import { zhTW } from './locales/zh-TW';
import { vi } from './locales/vi';
import { fa } from './locales/fa';
import { views as viewsEn, type ViewCatalogue, type ViewKey } from './views/en';
import { views as viewsTh } from './views/th';
import { views as viewsZhTW } from './views/zh-TW';
import { views as viewsVi } from './views/vi';
import { views as viewsFa } from './views/fa';

/** Any key `t()` accepts: the shell's own keys and the views engineer's keys. */
export type TranslationKey = MessageKey | ViewKey;

/** Values substituted for `{name}` placeholders. */
export type TranslationVars = Readonly<Record<string, string | number>>;

const shell: Record<Locale, Record<MessageKey, string>> = { en, th, 'zh-TW': zhTW, vi, fa };
const views: Record<Locale, ViewCatalogue> = {
  en: viewsEn,
  th: viewsTh,
  'zh-TW': viewsZhTW,
  vi: viewsVi,
  fa: viewsFa,
};

function lookup(locale: Locale, key: TranslationKey): string {
  const own: Readonly<Record<string, string | undefined>> = shell[locale];
  const theirs: Readonly<Record<string, string | undefined>> = views[locale];
  const enShell: Readonly<Record<string, string | undefined>> = en;
  const enViews: Readonly<Record<string, string | undefined>> = viewsEn;
  return own[key] ?? theirs[key] ?? enShell[key] ?? enViews[key] ?? key;
}

/**
 * The text of `key` in `locale`, with `{name}` placeholders filled from `vars`. Falls back to
 * English, then to the key itself. Returns plain text: React escapes it when rendered.
 */
export function translate(locale: Locale, key: TranslationKey, vars?: TranslationVars): string {
  const text = lookup(locale, key);
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}
