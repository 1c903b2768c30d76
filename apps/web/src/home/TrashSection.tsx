import { TRASH_RETENTION_DAYS, type TrashedJourneyWire } from '@waymark/api';
import { useLocale, useT } from '../i18n';
import { ActionsHeader, RowAction } from './RowAction';
import type { MapActions } from './use-map-actions';

/** Props of `TrashSection`. */
export interface TrashSectionProps {
  trash: readonly TrashedJourneyWire[];
  actions: MapActions;
}

/**
 * The trash under the maps list, folded by default: each deleted map with when it was deleted and
 * until when it can be restored, Restore, and Delete for good (which asks first). Shown only while
 * the trash holds something.
 */
export function TrashSection({ trash, actions }: TrashSectionProps) {
  const t = useT();
  const { locale } = useLocale();
  if (trash.length === 0) return null;
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <details className="trash-section" data-testid="trash">
      <summary>
        {t(trash.length === 1 ? 'home.trash.summaryOne' : 'home.trash.summary', { count: trash.length })}
      </summary>
      <p className="section-sub">{t('home.trash.body', { days: TRASH_RETENTION_DAYS })}</p>
      <table className="map-table trash-table">
        <thead>
          <tr>
            <th scope="col">{t('home.col.title')}</th>
            <th scope="col">{t('home.trash.deletedAt')}</th>
            <th scope="col">{t('home.trash.purgeAt')}</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {trash.map((map) => {
            const busy = actions.busyId === map.id;
            return (
              <tr key={map.id} data-testid="trash-row" data-journey-id={map.id}>
                <td dir="auto">{map.title}</td>
                <td className="muted">{format.format(new Date(map.deletedAt))}</td>
                <td className="muted">{day.format(new Date(map.purgeAt))}</td>
                <td className="map-actions">
                  <RowAction
                    action="restore"
                    label={t('home.trash.restore')}
                    title={map.title}
                    disabled={busy}
                    onClick={() => void actions.restore(map)}
                  />
                  <RowAction
                    action="purge"
                    label={t('home.trash.purge')}
                    title={map.title}
                    danger
                    disabled={busy}
                    onClick={() => actions.ask('purge', map)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
