import { Icon } from './Icon';
import { asLocale, LOCALES, useLocale, useT } from '../i18n';

/** The language picker of the top bar; the choice is remembered and applied at once. */
export function LanguageSwitcher() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <label className="language-switcher">
      <Icon name="globe" />
      <span className="visually-hidden">{t('lang.label')}</span>
      <select
        className="select"
        data-testid="language-switcher"
        aria-label={t('lang.label')}
        value={locale}
        onChange={(event) => {
          const next = asLocale(event.target.value);
          if (next) setLocale(next);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
            {l.nativeName}
          </option>
        ))}
      </select>
    </label>
  );
}
