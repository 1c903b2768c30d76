import { ID_PREFIX, newId } from '../id';
import type { Localized } from '../labels/localized';
import type { Item, Journey, Locale } from '../schema';
import { labelSchema } from '../schema';
import { commit } from './commit';

/** How a copy's title reads in each locale; `{title}` is the original's. */
const COPY_TITLE: Localized = {
  en: 'Copy of {title}',
  th: 'สำเนาของ {title}',
  'zh-TW': '{title}的副本',
  vi: 'Bản sao của {title}',
  fa: 'رونوشتِ {title}',
};

/** The title of a copy of a map titled `title`, e.g. `Copy of Online store`, cut to fit a title. */
export function copyTitle(title: string, locale: Locale): string {
  const pattern = COPY_TITLE[locale];
  const room = (labelSchema.maxLength ?? 500) - [...pattern.replace('{title}', '')].length;
  return pattern.replace('{title}', [...title].slice(0, room).join(''));
}

/** Options of `duplicateJourney`. */
export interface DuplicateOptions {
  /** The copy's title; default `copyTitle(journey.title, journey.locale)`. */
  title?: string;
  /** The copy's id; default a new `jrn_…` id. */
  id?: string;
  /** Makes the fresh ids; default `newId`. Tests pass a counter for stable ids. */
  makeId?: (prefix: string) => string;
}

/**
 * A copy of `journey` that shares no id with it: a new journey id and fresh ids for every stage, lane,
 * item and evidence link, with every reference inside the map rewritten to match (items' cells,
 * opportunities' linked pain points, blueprint lines). Persona ids and the current-state link stay:
 * they name things outside the map. Store it as a new journey (revision 1).
 */
export function duplicateJourney(journey: Journey, options: DuplicateOptions = {}): Journey {
  const makeId = options.makeId ?? newId;
  const fresh = (map: Map<string, string>, prefix: string) => (oldId: string) => {
    const id = makeId(prefix);
    map.set(oldId, id);
    return id;
  };
  const stageIds = new Map<string, string>();
  const laneIds = new Map<string, string>();
  const itemIds = new Map<string, string>();
  const stages = journey.stages.map((s) => ({ ...s, id: fresh(stageIds, ID_PREFIX.stage)(s.id) }));
  const lanes = journey.lanes.map((l) => ({ ...l, id: fresh(laneIds, ID_PREFIX.lane)(l.id) }));
  for (const item of journey.items) fresh(itemIds, ID_PREFIX.item)(item.id);
  const mapped = (map: Map<string, string>, id: string): string => map.get(id) ?? id;
  const items = journey.items.map((item): Item => {
    const copy = {
      ...item,
      id: mapped(itemIds, item.id),
      stageId: mapped(stageIds, item.stageId),
      laneId: mapped(laneIds, item.laneId),
      evidence: item.evidence.map((e) => ({ ...e, id: makeId(ID_PREFIX.evidence) })),
    };
    return copy.type === 'opportunity'
      ? { ...copy, painPointIds: copy.painPointIds.map((id) => mapped(itemIds, id)) }
      : copy;
  });
  return commit(
    {
      ...journey,
      id: options.id ?? makeId(ID_PREFIX.journey),
      title: options.title ?? copyTitle(journey.title, journey.locale),
      stages,
      lanes,
      items,
      dividers: journey.dividers.map((d) => ({ ...d, afterLaneId: mapped(laneIds, d.afterLaneId) })),
    },
    'duplicateJourney',
  );
}
