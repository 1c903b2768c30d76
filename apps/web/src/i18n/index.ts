/** The web app's i18n: provider, hooks, locales and the plain translate function. */
export { I18nProvider, LOCALE_STORAGE_KEY } from './I18nProvider';
export { useT, useLocale } from './use-t';
export { LOCALES, directionOf, asLocale, type LocaleInfo } from './locales';
export { formatNumber, translate, type TranslationKey, type TranslationVars } from './catalogue';
export { isolate } from './isolate';
