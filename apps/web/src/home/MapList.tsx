import { mapTypeLabel } from '@waymark/domain';
import type { JourneySummary } from '@waymark/domain';
import { formatNumber, useLocale, useT } from '../i18n';
import { Icon } from '../shell/Icon';
import { hrefOf } from '../shell/use-route';
import { MapPersonas } from './MapPersonas';

/** What `MapList` shows. */
export interface MapListProps {
  maps: readonly JourneySummary[];
  /** Persona id -> name for the Personas column; `undefined` while loading or if unreadable (blank). */
  personaNames: ReadonlyMap<string, string> | undefined;
}

/** The workspace's maps as a table: title (link), type, personas, last update and revision. */
export function MapList({ maps, personaNames }: MapListProps) {
  const t = useT();
  const { locale } = useLocale();
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
        </tr>
      </thead>
      <tbody>
        {sorted.map((map) => (
          <tr key={map.id} data-testid="map-row" data-journey-id={map.id}>
            <td>
              <a href={hrefOf({ name: 'map', id: map.id })} className="map-link" dir="auto">
                {map.title}
              </a>
            </td>
            <td>
              <span className={`badge type-${map.mapType}`}>{mapTypeLabel(map.mapType, locale)}</span>
            </td>
            <td className="muted" data-testid="map-personas">
              <MapPersonas personaIds={map.personaIds} names={personaNames} />
            </td>
            <td className="muted">{format.format(new Date(map.updatedAt))}</td>
            <td className="num">{formatNumber(locale, map.revision)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
