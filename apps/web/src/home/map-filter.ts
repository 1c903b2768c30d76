import type { Locale, MapType } from '@waymark/domain';
import type { JourneySummary } from '@waymark/domain';

/** What the home screen's map filters ask for; `''` means "any" for each field. */
export interface MapFilters {
  /** Text the title must contain (as typed; trimmed and normalised when matched). */
  query: string;
  mapType: MapType | '';
  personaId: string;
}

/** No filter: every map shows. */
export const NO_FILTERS: MapFilters = { query: '', mapType: '', personaId: '' };

/** Arabic letters that Persian keyboards and texts often use for the Persian ye and kaf. */
const ARABIC_YE_KAF = /[\u064A\u0643]/g;

/**
 * The form of `text` that search compares: NFC (so a Vietnamese title typed with combining marks
 * matches one stored precomposed), lower case by the rules of `locale`, the Arabic ye and kaf
 * (ي ك) read as the Persian ones (ی ک), and a zero-width non-joiner (the Persian half-space) read as
 * a space. Diacritics are kept: "viet" does not find "Việt".
 */
export function searchKey(text: string, locale: Locale): string {
  return text
    .normalize('NFC')
    .replace(ARABIC_YE_KAF, (letter) => (letter === '\u064A' ? '\u06CC' : '\u06A9'))
    .replace(/\u200C/g, ' ')
    .toLocaleLowerCase(locale);
}

/**
 * The maps that pass every filter, in their given order: the title contains the query (see
 * `searchKey`), the map type is the one asked for, and the map names the persona asked for.
 */
export function filterMaps<T extends Pick<JourneySummary, 'title' | 'mapType' | 'personaIds'>>(
  maps: readonly T[],
  filters: MapFilters,
  locale: Locale,
): T[] {
  const needle = searchKey(filters.query.trim(), locale);
  return maps.filter(
    (map) =>
      (needle === '' || searchKey(map.title, locale).includes(needle)) &&
      (filters.mapType === '' || map.mapType === filters.mapType) &&
      (filters.personaId === '' || map.personaIds.includes(filters.personaId)),
  );
}
