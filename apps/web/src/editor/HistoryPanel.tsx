import { useEffect, useState } from 'react';
import { listTemplates, REVISION_AUTHORS, type Locale, type RevisionInfo } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { api, errorMessage } from '../lib/api';
import { useAsync } from '../lib/use-async';
import { RevisionLabelForm } from './RevisionLabelForm';
import { revisionTime } from './revision-time';
import './history-panel.css';

/** Props of `HistoryPanel`. */
export interface HistoryPanelProps {
  journeyId: string;
  /** The revision the editor is at; refreshes the list when it changes. */
  currentRevision: number | undefined;
  /** The revision shown in the preview, if any. */
  previewing: number | undefined;
  onPreview(revision: number): void;
  onClose(): void;
}

type T = ReturnType<typeof useT>;

/** Who made a revision, in the UI language: the local user, the CLI, an import, or as recorded. */
function authorName(t: T, author: string): string {
  switch (author) {
    case REVISION_AUTHORS.localUser:
      return t('history.author.localUser');
    case REVISION_AUTHORS.cli:
      return t('history.author.cli');
    case REVISION_AUTHORS.import:
      return t('history.author.import');
    case REVISION_AUTHORS.unknown:
      return t('history.author.unknown');
    default:
      return author;
  }
}

/**
 * A revision's message in the UI language where the server or CLI wrote it (creation from a
 * template, an import, a duplicate, a restore); a person's own message as written.
 */
function messageText(t: T, locale: Locale, rev: RevisionInfo): string | undefined {
  const message = rev.message ?? '';
  let match: RegExpExecArray | null;
  if (rev.action === 'restore' && (match = /^restored revision (\d+)$/i.exec(message)))
    return t('history.restoredFrom', { revision: Number(match[1]) });
  if (rev.action === 'create' && (match = /^created from template (\S+)$/i.exec(message))) {
    const id = match[1];
    const template = listTemplates(locale).find((x) => x.id === id);
    return t('history.fromTemplate', { template: template?.name ?? id ?? '' });
  }
  if (rev.action === 'import' && (match = /^imported from (.+)$/i.exec(message)))
    return t('history.fromFile', { file: match[1] ?? '' });
  if (rev.action === 'create' && (match = /^duplicated from (\S+) revision (\d+)$/i.exec(message)))
    return t('history.duplicated', { revision: Number(match[2]) });
  return rev.message;
}

/** Re-renders every half minute so "3 minutes ago" stays true while the panel is open. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * The revision history side panel, newest first: each revision with what made it, who and when
 * (relative, with the date and time), how many autosaves it gathers, its label (set, changed or
 * removed here), and Preview, which shows the revision read-only with what restoring it would change.
 */
export function HistoryPanel(props: HistoryPanelProps) {
  const { journeyId, currentRevision, previewing, onPreview, onClose } = props;
  const t = useT();
  const { locale } = useLocale();
  const now = useNow();
  const history = useAsync(() => api.journeys.history(journeyId), `${journeyId}:${currentRevision ?? ''}`);
  const [labelling, setLabelling] = useState<number>();

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
      {history.status === 'done' && history.value.length <= 1 && (
        <p className="muted-line">{t('history.empty')}</p>
      )}
      {history.status === 'done' && (
        <ol className="revision-list">
          {[...history.value].reverse().map((rev) => {
            const time = revisionTime(rev.createdAt, now, locale);
            const title = t('history.revision', { revision: rev.revision });
            const message = messageText(t, locale, rev);
            return (
              <li
                key={rev.revision}
                className={`revision${rev.revision === previewing ? ' is-previewing' : ''}`}
                data-testid="revision"
                data-revision={rev.revision}
              >
                <div className="revision-head">
                  <strong>{title}</strong>
                  {rev.label && (
                    <span className="revision-label" dir="auto" data-testid="revision-label">
                      {rev.label}
                    </span>
                  )}
                  {rev.revision === currentRevision && <span className="badge">{t('history.current')}</span>}
                </div>
                <span className="revision-meta">
                  {t('history.by', {
                    action: t(`history.action.${rev.action}`),
                    author: authorName(t, rev.author),
                  })}
                </span>
                <span className="revision-meta">
                  <time dateTime={rev.createdAt} title={time.absolute}>
                    {time.relative}
                  </time>
                  {' · '}
                  {time.absolute}
                </span>
                {rev.saves > 1 && (
                  <span className="revision-meta">{t('history.saves', { count: rev.saves })}</span>
                )}
                {message && (
                  <span className="revision-meta" dir="auto">
                    {message}
                  </span>
                )}
                {labelling === rev.revision ? (
                  <RevisionLabelForm
                    journeyId={journeyId}
                    revision={rev.revision}
                    label={rev.label}
                    onDone={(changed) => {
                      setLabelling(undefined);
                      if (changed) history.reload();
                    }}
                  />
                ) : (
                  <div className="revision-actions">
                    <button
                      type="button"
                      className="btn ghost"
                      aria-label={t('history.labelFor', { revision: rev.revision })}
                      onClick={() => setLabelling(rev.revision)}
                    >
                      {t('history.label')}
                    </button>
                    {rev.revision !== currentRevision && (
                      <button
                        type="button"
                        className="btn"
                        aria-label={t('history.previewOf', { revision: rev.revision })}
                        aria-pressed={rev.revision === previewing}
                        onClick={() => onPreview(rev.revision)}
                      >
                        {t('history.preview')}
                      </button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
