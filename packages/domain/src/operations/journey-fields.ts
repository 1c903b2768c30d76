import type { Divider, Journey } from '../schema';
import { DomainError } from '../validation/errors';
import { applyPatch, commit } from './commit';
import type { Patch } from './commit';

/** The journey's own fields a patch may change; stages, lanes, items and dividers have their own operations. */
export type JourneyFieldsPatch = Patch<
  Omit<Journey, 'stages' | 'lanes' | 'items' | 'dividers' | 'personaIds'>
>;

/** A new journey with its own fields (title, description, map type, kind, goal, locale, direction, ...) updated. */
export function updateJourney(journey: Journey, patch: JourneyFieldsPatch): Journey {
  for (const key of ['stages', 'lanes', 'items', 'dividers', 'personaIds']) {
    if (Reflect.get(patch, key) !== undefined) {
      throw new DomainError(
        `updateJourney: ${key} cannot be patched here; use its own operations`,
        'invalid',
      );
    }
  }
  return commit(applyPatch(journey, patch, 'updateJourney'), 'updateJourney');
}

/**
 * A new journey with the blueprint line `kind` drawn under lane `afterLaneId`, or removed when
 * `afterLaneId` is null. Each kind appears at most once.
 */
export function setDivider(journey: Journey, kind: Divider['kind'], afterLaneId: string | null): Journey {
  const others = journey.dividers.filter((d) => d.kind !== kind);
  const dividers = afterLaneId === null ? others : [...others, { kind, afterLaneId }];
  return commit({ ...journey, dividers }, 'setDivider');
}

/** A new journey that also maps persona `personaId` (appended; already present → `DomainError`). */
export function addJourneyPersona(journey: Journey, personaId: string): Journey {
  if (journey.personaIds.includes(personaId)) {
    throw new DomainError(
      `addJourneyPersona: persona ${JSON.stringify(personaId)} is already on this map`,
      'invalid',
    );
  }
  return commit({ ...journey, personaIds: [...journey.personaIds, personaId] }, 'addJourneyPersona');
}

/** A new journey without persona `personaId` and without that persona's emotion points. */
export function removeJourneyPersona(journey: Journey, personaId: string): Journey {
  if (!journey.personaIds.includes(personaId)) {
    throw new DomainError(
      `removeJourneyPersona: persona ${JSON.stringify(personaId)} is not on this map`,
      'not_found',
    );
  }
  return commit(
    {
      ...journey,
      personaIds: journey.personaIds.filter((p) => p !== personaId),
      items: journey.items.filter((it) => it.type !== 'emotion_point' || it.personaId !== personaId),
    },
    'removeJourneyPersona',
  );
}
