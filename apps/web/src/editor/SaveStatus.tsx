import { useT } from '../i18n';
import type { SaveState } from './use-autosave';
import './save-status.css';

/**
 * The save indicator of the toolbar: "Saving…", "Saved · revision N", "Merged with revision N", how
 * many conflicts wait for a choice, or what went wrong.
 */
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
    case 'merged':
      text = t('save.merged', { revision: state.revision });
      break;
    case 'conflict':
      text = t('save.conflict', { count: state.conflicts.length });
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
      <span className="save-text">{text}</span>
      {state.kind === 'error' && (
        <button type="button" className="btn ghost" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
