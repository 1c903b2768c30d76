import { useT } from '../i18n';
import { Icon } from '../shell/Icon';
import type { SaveState } from './use-autosave';
import './save-status.css';

/** The save indicator of the toolbar: "Saving…", "Saved · revision N", or what went wrong. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry(): void }) {
  const t = useT();
  let text: string;
  switch (state.kind) {
    case 'saved':
      text = t('save.saved', { revision: state.revision });
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'dirty':
      text = t('save.dirty');
      break;
    case 'error':
      text = t('save.failed', { message: state.message });
      break;
    case 'conflict':
      text = t('save.conflict', { revision: state.revision ?? '?' });
      break;
  }
  return (
    <div
      className={`save-status is-${state.kind}`}
      data-testid="save-status"
      role="status"
      aria-live="polite"
    >
      <span className="save-dot" aria-hidden="true" />
      <span className="save-text">{state.kind === 'conflict' ? t('save.dirty') : text}</span>
      {state.kind === 'error' && (
        <button type="button" className="btn ghost" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** The conflict banner: someone saved first; offers to load their version (ours stays in undo). */
export function ConflictBanner({ revision, onReload }: { revision: number | undefined; onReload(): void }) {
  const t = useT();
  return (
    <div className="alert warning conflict-banner" role="alert" data-testid="conflict-message">
      <Icon name="alert" size={18} />
      <span>{t('save.conflict', { revision: revision ?? '?' })}</span>
      <button type="button" className="btn primary" onClick={onReload}>
        {t('save.reload')}
      </button>
    </div>
  );
}
