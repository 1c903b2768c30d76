import { useEffect, useRef } from 'react';
import { isolate, useT } from '../i18n';
import { hrefOf } from '../shell/use-route';
import type { MapActions } from './use-map-actions';

/**
 * The home screen's notice of its last map action: "moved to the trash" with Undo, "copy created"
 * with a link to it, "restored", "deleted for good", or what failed. A polite live region (always in
 * the page, so screen readers announce each new notice). After a delete the row is gone, so focus
 * moves to Undo.
 */
export function MapNoticeBar({ actions }: { actions: MapActions }) {
  const t = useT();
  const { notice } = actions;
  const undoRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (notice?.kind === 'deleted') undoRef.current?.focus();
  }, [notice]);

  const text = (): string => {
    if (!notice) return '';
    if (notice.kind === 'failed') return t('home.manage.failed', { message: notice.message });
    const title = isolate(notice.map.title);
    switch (notice.kind) {
      case 'deleted':
        return t('home.manage.deleted', { title });
      case 'restored':
        return t('home.manage.restored', { title });
      case 'duplicated':
        return t('home.manage.duplicated', { title });
      case 'purged':
        return t('home.manage.purged', { title });
    }
  };

  return (
    <div
      className={notice ? `map-notice is-${notice.kind === 'failed' ? 'error' : 'info'}` : 'map-notice'}
      role="status"
      data-testid="map-notice"
      data-kind={notice?.kind}
    >
      {notice && (
        <>
          <span className="map-notice-text">{text()}</span>
          {notice.kind === 'deleted' && (
            <button
              type="button"
              className="btn"
              ref={undoRef}
              data-testid="undo-delete"
              disabled={actions.busyId !== undefined}
              onClick={() => void actions.restore(notice.map)}
            >
              {t('home.manage.undo')}
            </button>
          )}
          {notice.kind === 'duplicated' && (
            <a className="btn" href={hrefOf({ name: 'map', id: notice.map.id })} data-testid="open-copy">
              {t('home.manage.openCopy')}
            </a>
          )}
          <button
            type="button"
            className="icon-btn"
            aria-label={t('home.manage.dismiss')}
            title={t('home.manage.dismiss')}
            onClick={actions.dismiss}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </>
      )}
    </div>
  );
}
