import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Direction, Locale } from '@waymark/domain';
import { translate, type TranslationKey, type TranslationVars } from './catalogue';
import { asLocale, directionOf } from './locales';

/** What `useT()` and `useLocale()` read. */
export interface I18nValue {
  locale: Locale;
  dir: Direction;
  setLocale(locale: Locale): void;
  t(key: TranslationKey, vars?: TranslationVars): string;
}

/** The i18n context; read it with `useT()` / `useLocale()` rather than directly. */
export const I18nContext = createContext<I18nValue | null>(null);

/** localStorage key of the chosen UI language. */
export const LOCALE_STORAGE_KEY = 'waymark.locale';

function initialLocale(): Locale {
  try {
    const stored = asLocale(window.localStorage.getItem(LOCALE_STORAGE_KEY));
    if (stored) return stored;
  } catch {
    // localStorage may be unavailable (privacy mode); fall through to the browser language.
  }
  const browser = navigator.language;
  return asLocale(browser) ?? asLocale(browser.split('-')[0]) ?? (browser.startsWith('zh') ? 'zh-TW' : 'en');
}

/**
 * Holds the UI language, remembers it in localStorage, and keeps `<html lang dir>` in step, so
 * choosing Persian mirrors the whole layout (the CSS uses logical properties only).
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const dir = directionOf(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }, [locale, dir]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Not remembered; the choice still applies to this page.
    }
  }, []);

  const value = useMemo<I18nValue>(
    () => ({ locale, dir, setLocale, t: (key, vars) => translate(locale, key, vars) }),
    [locale, dir, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
