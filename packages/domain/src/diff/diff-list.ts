import type { Change } from './change';
import { deepEqual, movedIds, unionKeys } from './compare';

/** How `diffList` treats one kind of entity. */
export interface ListDiffOptions<T> {
  entity: Change['entity'];
  /** A readable name for messages. */
  name: (value: T) => string | undefined;
  /** Field order of `changed` entries (a schema's shape keys); other fields follow. */
  fields?: readonly string[];
  /** Ids whose order changed; defaults to an LCS over the whole list. */
  moved?: Set<string>;
  /** The position reported by a `moved` change; defaults to the index in the list. */
  position?: (value: T, list: readonly T[]) => number;
}

function change(base: Omit<Change, 'before' | 'after'>, before: unknown, after: unknown): Change {
  const out: Change = { ...base };
  if (before !== undefined) out.before = before;
  if (after !== undefined) out.after = after;
  return out;
}

function withName(c: Change, name: string | undefined): Change {
  return name === undefined ? c : { ...c, name };
}

/**
 * Changes between two id-keyed lists: removed (in `before` order), then per element of `after` in
 * order: added, or one `changed` per differing field (in key order), then `moved`.
 */
export function diffList<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  options: ListDiffOptions<T>,
): Change[] {
  const { entity } = options;
  const oldById = new Map(before.map((v) => [v.id, v]));
  const newIds = new Set(after.map((v) => v.id));
  const moved =
    options.moved ??
    movedIds(
      before.map((v) => v.id),
      after.map((v) => v.id),
    );
  const position = options.position ?? ((v: T, list: readonly T[]) => list.indexOf(v));
  const changes: Change[] = [];
  for (const old of before) {
    if (!newIds.has(old.id))
      changes.push(withName({ kind: 'removed', entity, id: old.id }, options.name(old)));
  }
  for (const cur of after) {
    const old = oldById.get(cur.id);
    const name = options.name(cur);
    if (!old) {
      changes.push(withName({ kind: 'added', entity, id: cur.id }, name));
      continue;
    }
    for (const field of unionKeys(old, cur, options.fields)) {
      if (field === 'id') continue;
      const a: unknown = Reflect.get(old, field);
      const b: unknown = Reflect.get(cur, field);
      if (!deepEqual(a, b))
        changes.push(withName(change({ kind: 'changed', entity, id: cur.id, field }, a, b), name));
    }
    if (moved.has(cur.id)) {
      changes.push(
        withName(
          change({ kind: 'moved', entity, id: cur.id }, position(old, before), position(cur, after)),
          name,
        ),
      );
    }
  }
  return changes;
}

/** Plain field-by-field changes of one object (for journey-level fields). */
export function diffFields(
  entity: Change['entity'],
  id: string,
  before: object,
  after: object,
  skip: readonly string[],
  fields: readonly string[] = [],
): Change[] {
  const changes: Change[] = [];
  for (const field of unionKeys(before, after, fields)) {
    if (skip.includes(field)) continue;
    const a: unknown = Reflect.get(before, field);
    const b: unknown = Reflect.get(after, field);
    if (!deepEqual(a, b)) changes.push(change({ kind: 'changed', entity, id, field }, a, b));
  }
  return changes;
}
