import type { Item, Journey } from '../schema';
import { DomainError } from '../validation/errors';
import { formatIssues } from '../validation/issues';
import { validateJourney } from '../validation/validate';

/**
 * A partial update: `undefined` or an absent key leaves a field as is, `null` clears an optional
 * field (a required field set to `null` is refused). `id` (and an item's `type`) cannot change.
 */
export type Patch<T> = { [K in Exclude<keyof T, 'id'>]?: T[K] | null };

/**
 * Validates the journey an operation built and returns it as a fresh, parsed copy (sharing no
 * objects with the input). Throws a `DomainError` (code `invalid`) naming `action` and every issue.
 */
export function commit(candidate: unknown, action: string): Journey {
  const result = validateJourney(candidate);
  if (!result.ok) {
    throw new DomainError(
      `${action}: the result would not be a valid map\n${formatIssues(result.issues)}`,
      'invalid',
      result.issues,
    );
  }
  return result.journey;
}

/** Applies a `Patch`: skips undefined, deletes on null, refuses `id`. Returns a new object. */
export function applyPatch(target: object, patch: object, what: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (key === 'id') {
      if (value !== Reflect.get(target, 'id'))
        throw new DomainError(`${what}: the id cannot change`, 'invalid');
      continue;
    }
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** The index of the element with `id`, or a `DomainError` (code `not_found`). */
export function indexOfId(list: readonly { id: string }[], id: string, what: string): number {
  const index = list.findIndex((e) => e.id === id);
  if (index < 0) throw new DomainError(`${what} ${JSON.stringify(id)} not found`, 'not_found');
  return index;
}

/** Checks that `index` is an integer in 0..max, or throws a `DomainError`. */
export function checkIndex(index: number, max: number, what: string): void {
  if (!Number.isInteger(index) || index < 0 || index > max) {
    throw new DomainError(`${what}: expected an index from 0 to ${max} (got ${index})`, 'invalid');
  }
}

/** A copy of `list` with `value` inserted at `index`. */
export function insertAt<T>(list: readonly T[], index: number, value: T): T[] {
  return [...list.slice(0, index), value, ...list.slice(index)];
}

/** Removes items and the links to them from opportunities' `painPointIds`. */
export function dropItems(items: readonly Item[], drop: (item: Item) => boolean): Item[] {
  const removed = new Set(items.filter(drop).map((it) => it.id));
  return items
    .filter((it) => !removed.has(it.id))
    .map((it) =>
      it.type === 'opportunity' && it.painPointIds.some((id) => removed.has(id))
        ? { ...it, painPointIds: it.painPointIds.filter((id) => !removed.has(id)) }
        : it,
    );
}

/** Refuses an id that a stage, lane or item of the journey already uses, naming which. */
export function assertFreshId(journey: Journey, id: unknown, action: string): void {
  const owner = journey.stages.some((s) => s.id === id)
    ? 'a stage'
    : journey.lanes.some((l) => l.id === id)
      ? 'a lane'
      : journey.items.some((it) => it.id === id)
        ? 'an item'
        : undefined;
  if (owner)
    throw new DomainError(`${action}: id ${JSON.stringify(id)} is already used by ${owner}`, 'invalid');
}
