import { useT } from '../i18n';
import { LanguageSwitcher } from './LanguageSwitcher';
import type { Route } from './use-route';

/** The app's top bar: brand, main navigation and, at the far end, the language switcher. */
export function TopBar({ route }: { route: Route }) {
  const t = useT();
  return (
    <header className="topbar">
      <a className="brand" href="#/" aria-label={t('app.name')}>
        <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
          <rect width="32" height="32" rx="8" fill="var(--accent)" />
          <path
            d="M7 22l6-9 5 6 7-10"
            stroke="#fff"
            strokeWidth="3"
            fill="none"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span>{t('app.name')}</span>
      </a>
      <nav className="topnav" aria-label={t('nav.main')}>
        <a href="#/" aria-current={route.name === 'home' || route.name === 'map' ? 'page' : undefined}>
          {t('nav.maps')}
        </a>
        <a href="#/personas" aria-current={route.name === 'personas' ? 'page' : undefined}>
          {t('nav.personas')}
        </a>
      </nav>
      <div className="topbar-slot" />
      <LanguageSwitcher />
    </header>
  );
}
