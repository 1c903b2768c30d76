import { useLocale, useT } from '../i18n';
import { api, errorMessage } from '../lib/api';
import { useAsync } from '../lib/use-async';
import './history-panel.css';

/** Props of `HistoryPanel`. */
export interface HistoryPanelProps {
  journeyId: string;
  /** The revision the editor is at; refreshes the list when it changes. */
  currentRevision: number | undefined;
  onRestore(revision: number): void;
  onClose(): void;
}

/** The revision history side panel: every revision, newest first, each with Restore. */
export function HistoryPanel({ journeyId, currentRevision, onRestore, onClose }: HistoryPanelProps) {
  const t = useT();
  const { locale } = useLocale();
  const history = useAsync(() => api.journeys.history(journeyId), `${journeyId}:${currentRevision ?? ''}`);
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <aside className="side-panel" aria-label={t('history.title')}>
      <header className="side-panel-header">
        <h2>{t('history.title')}</h2>
        <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={onClose}>
          <span aria-hidden="true">✕</span>
        </button>
      </header>
      {history.status === 'pending' && <p className="muted-line">{t('common.loading')}</p>}
      {history.status === 'error' && <p className="alert error">{errorMessage(history.error)}</p>}
      {history.status === 'done' &&
        (history.value.length <= 1 ? (
          <p className="muted-line">{t('history.empty')}</p>
        ) : (
          <ol className="revision-list">
            {[...history.value].reverse().map((rev) => (
              <li key={rev.revision} className="revision">
                <div>
                  <strong>{t('history.revision', { revision: rev.revision })}</strong>
                  <span className="revision-meta">
                    {t(`history.action.${rev.action}`)} · {format.format(new Date(rev.createdAt))}
                  </span>
                  {rev.message && <span className="revision-meta">{rev.message}</span>}
                </div>
                {rev.revision === currentRevision ? (
                  <span className="badge">{t('history.current')}</span>
                ) : (
                  <button
                    type="button"
                    className="btn"
                    aria-label={`${t('history.restore')} ${t('history.revision', { revision: rev.revision })}`}
                    onClick={() => onRestore(rev.revision)}
                  >
                    {t('history.restore')}
                  </button>
                )}
              </li>
            ))}
          </ol>
        ))}
    </aside>
  );
}
