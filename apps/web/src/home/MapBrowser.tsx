import { useRef } from 'react';
import type { JourneySummary } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { filterMaps, NO_FILTERS } from './map-filter';
import { MapFilterBar } from './MapFilterBar';
import { MapList } from './MapList';
import type { MapActions } from './use-map-actions';
import { useMapFilters } from './use-map-filters';

/** What `MapBrowser` shows. */
export interface MapBrowserProps {
  maps: readonly JourneySummary[];
  /** Persona id -> name; `undefined` while loading or if unreadable. */
  personaNames: ReadonlyMap<string, string> | undefined;
  /** Rename, duplicate and delete, per map. */
  actions: MapActions;
}

/**
 * The workspace's maps with a way to find one: search and filters (kept in the URL hash), a
 * politely announced "5 of 26 maps", the table, or "nothing matches" with "Clear filters".
 * A workspace without maps gets the table's own empty state and no filters.
 */
export function MapBrowser({ maps, personaNames, actions }: MapBrowserProps) {
  const t = useT();
  const { locale } = useLocale();
  const { filters, setFilters } = useMapFilters();
  const searchRef = useRef<HTMLInputElement>(null);
  if (maps.length === 0) return <MapList maps={maps} personaNames={personaNames} actions={actions} />;

  // A persona filter applies only while its persona is known (and so shown in the select).
  const personaId = personaNames?.has(filters.personaId) ? filters.personaId : '';
  const shown = filterMaps(maps, { ...filters, personaId }, locale);
  const handleClear = () => {
    setFilters(NO_FILTERS);
    searchRef.current?.focus();
  };
  return (
    <div className="map-browser">
      <MapFilterBar
        filters={filters}
        onChange={setFilters}
        personaNames={personaNames}
        searchRef={searchRef}
      />
      <p className="map-count" role="status" data-testid="map-count">
        {t(maps.length === 1 ? 'home.filter.countOne' : 'home.filter.count', {
          shown: shown.length,
          total: maps.length,
        })}
      </p>
      {shown.length > 0 ? (
        <MapList maps={shown} personaNames={personaNames} actions={actions} />
      ) : (
        <div className="empty-state" data-testid="maps-no-match">
          <h3>{t('home.filter.noMatch.title')}</h3>
          <p>{t('home.filter.noMatch.body')}</p>
          <button type="button" className="btn" data-testid="clear-map-filters" onClick={handleClear}>
            {t('home.filter.clear')}
          </button>
        </div>
      )}
    </div>
  );
}
