import { useLayoutEffect, useRef, useState } from 'react';
import { mapTypeLabel } from '@waymark/domain';
import type { JourneySummary } from '@waymark/domain';
import { formatNumber, useLocale, useT } from '../i18n';
import { Icon } from '../shell/Icon';
import { MapPersonas } from './MapPersonas';
import { MapTitleCell } from './MapTitleCell';
import { ActionsHeader, RowAction } from './RowAction';
import type { MapActions } from './use-map-actions';
import './map-actions.css';

/** What `MapList` shows. */
export interface MapListProps {
  maps: readonly JourneySummary[];
  /** Persona id -> name for the Personas column; `undefined` while loading or if unreadable (blank). */
  personaNames: ReadonlyMap<string, string> | undefined;
  /** Rename, duplicate and delete, per row. */
  actions: MapActions;
}

/** Whether focus is nowhere in particular (on the body, e.g. after its element moved or went). */
function focusIsLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/**
 * The workspace's maps as a table: title (link, or a field while renaming), type, personas, last
 * update, revision, and per row Rename, Duplicate and Delete (which asks first and can be undone).
 */
export function MapList({ maps, personaNames, actions }: MapListProps) {
  const t = useT();
  const { locale } = useLocale();
  const [renamingId, setRenamingId] = useState<string>();
  // After a rename, focus goes back to the row's Rename button, also once the reloaded list has
  // moved the row to the top (moving a focused element drops its focus).
  const refocus = useRef<{ id: string; maps: readonly JourneySummary[] }>(undefined);
  useLayoutEffect(() => {
    const pending = refocus.current;
    if (!pending) return;
    const selector = `[data-journey-id="${CSS.escape(pending.id)}"] [data-action="rename"]`;
    if (focusIsLost()) document.querySelector<HTMLButtonElement>(selector)?.focus();
    if (pending.maps !== maps) refocus.current = undefined;
  });
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  if (maps.length === 0) {
    return (
      <div className="empty-state" data-testid="maps-empty">
        <span className="empty-icon">
          <Icon name="compass" size={32} />
        </span>
        <h3>{t('home.empty.title')}</h3>
        <p>{t('home.empty.body')}</p>
      </div>
    );
  }
  const sorted = [...maps].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <table className="map-table" data-testid="map-list">
      <thead>
        <tr>
          <th scope="col">{t('home.col.title')}</th>
          <th scope="col">{t('home.col.type')}</th>
          <th scope="col">{t('home.col.personas')}</th>
          <th scope="col">{t('home.col.updated')}</th>
          <th scope="col" className="num">
            {t('home.col.revision')}
          </th>
          <ActionsHeader />
        </tr>
      </thead>
      <tbody>
        {sorted.map((map) => {
          const busy = actions.busyId === map.id;
          return (
            <tr key={map.id} data-testid="map-row" data-journey-id={map.id} aria-busy={busy || undefined}>
              <td>
                <MapTitleCell
                  map={map}
                  actions={actions}
                  renaming={renamingId === map.id}
                  onRenameEnd={() => {
                    refocus.current = { id: map.id, maps };
                    setRenamingId(undefined);
                  }}
                />
              </td>
              <td>
                <span className={`badge type-${map.mapType}`}>{mapTypeLabel(map.mapType, locale)}</span>
              </td>
              <td className="muted" data-testid="map-personas">
                <MapPersonas personaIds={map.personaIds} names={personaNames} />
              </td>
              <td className="muted">{format.format(new Date(map.updatedAt))}</td>
              <td className="num">{formatNumber(locale, map.revision)}</td>
              <td className="map-actions">
                <RowAction
                  action="rename"
                  label={t('home.manage.rename')}
                  title={map.title}
                  disabled={busy || renamingId === map.id}
                  onClick={() => setRenamingId(map.id)}
                />
                <RowAction
                  action="duplicate"
                  label={t('home.manage.duplicate')}
                  title={map.title}
                  disabled={busy}
                  onClick={() => void actions.duplicate(map)}
                />
                <RowAction
                  action="delete"
                  label={t('home.manage.delete')}
                  title={map.title}
                  danger
                  disabled={busy}
                  onClick={() => actions.ask('delete', map)}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
