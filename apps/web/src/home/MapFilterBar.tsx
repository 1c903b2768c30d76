import type { RefObject } from 'react';
import { mapTypeLabel, mapTypeSchema } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import type { MapFilters } from './map-filter';
import './map-filters.css';

/** What `MapFilterBar` shows and changes. */
export interface MapFilterBarProps {
  filters: MapFilters;
  onChange(next: MapFilters): void;
  /**
   * Persona id -> name; `undefined` while loading or unreadable (then there is no persona filter).
   * A persona id it does not hold shows as "All personas".
   */
  personaNames: ReadonlyMap<string, string> | undefined;
  /** The search field, so "Clear filters" can give it focus. */
  searchRef: RefObject<HTMLInputElement | null>;
}

/**
 * The controls above the maps table: a title search, a map type filter and (once the personas
 * are loaded) a persona filter, each with a visible label.
 */
export function MapFilterBar({ filters, onChange, personaNames, searchRef }: MapFilterBarProps) {
  const t = useT();
  const { locale } = useLocale();
  const personas = personaNames
    ? [...personaNames].sort(([, a], [, b]) => a.localeCompare(b, locale))
    : undefined;
  return (
    <div className="map-filters" role="search" data-testid="map-filters">
      <label className="field map-filter-search">
        <span>{t('home.filter.search')}</span>
        <input
          ref={searchRef}
          type="search"
          className="input"
          dir="auto"
          name="q"
          autoComplete="off"
          value={filters.query}
          data-testid="map-search"
          onChange={(event) => onChange({ ...filters, query: event.target.value })}
        />
      </label>
      <label className="field">
        <span>{t('home.filter.type')}</span>
        <select
          className="select"
          name="type"
          value={filters.mapType}
          data-testid="map-type-filter"
          onChange={(event) => {
            const type = mapTypeSchema.safeParse(event.target.value);
            onChange({ ...filters, mapType: type.success ? type.data : '' });
          }}
        >
          <option value="">{t('home.filter.allTypes')}</option>
          {mapTypeSchema.options.map((type) => (
            <option key={type} value={type}>
              {mapTypeLabel(type, locale)}
            </option>
          ))}
        </select>
      </label>
      {personas && (
        <label className="field">
          <span>{t('home.filter.persona')}</span>
          <select
            className="select"
            name="persona"
            value={personaNames?.has(filters.personaId) ? filters.personaId : ''}
            data-testid="map-persona-filter"
            onChange={(event) => onChange({ ...filters, personaId: event.target.value })}
          >
            <option value="">{t('home.filter.allPersonas')}</option>
            {personas.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
