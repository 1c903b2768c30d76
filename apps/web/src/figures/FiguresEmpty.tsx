import { useT } from '../i18n';

/**
 * The CLI command that imports an events file (`waymark events import`, see docs/cli.md), named
 * in the empty state for files too large to upload through the browser.
 */
export const EVENTS_IMPORT_COMMAND = 'waymark events import <file>';

/** What the figures panel says before any events are imported: what they give, and how to import. */
export function FiguresEmpty() {
  const t = useT();
  return (
    <div className="empty-state figures-empty" data-testid="figures-empty">
      <h3>{t('figures.empty.title')}</h3>
      <p>{t('figures.empty.body')}</p>
      <p className="muted">{t('figures.empty.cli', { command: EVENTS_IMPORT_COMMAND })}</p>
    </div>
  );
}
