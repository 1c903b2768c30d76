import { useContext } from 'react';
import { I18nContext, type I18nValue } from './I18nProvider';

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT() must be used inside <I18nProvider>');
  return value;
}

/** The translate function of the current UI language: `t('save.saved', { revision: 3 })`. */
export function useT(): I18nValue['t'] {
  return useI18n().t;
}

/** The current UI language, its direction and a setter (used by the language switcher). */
export function useLocale(): Pick<I18nValue, 'locale' | 'dir' | 'setLocale'> {
  const { locale, dir, setLocale } = useI18n();
  return { locale, dir, setLocale };
}
