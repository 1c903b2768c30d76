import type { MouseEvent } from 'react';
import { useT } from '../i18n';

/**
 * The first stop for Tab on every screen, shown only while focused: "Skip to the map" on a map
 * (focus goes to the grid's cell that holds its tab stop), else "Skip to content" (the main
 * landmark). Routing uses the URL hash, so the link moves focus itself instead of following `#…`.
 */
export function SkipLink({ toMap }: { toMap: boolean }) {
  const t = useT();
  const handleClick = (event: MouseEvent) => {
    event.preventDefault();
    const cell = toMap
      ? document.querySelector<HTMLElement>('[data-testid="map-grid"] [data-nav-row][tabindex="0"]')
      : null;
    (cell ?? document.getElementById('main-content'))?.focus();
  };
  return (
    <a className="skip-link" href="#main-content" data-testid="skip-link" onClick={handleClick}>
      {t(toMap ? 'nav.skipToMap' : 'nav.skipToContent')}
    </a>
  );
}
