import { deepEqual } from '../diff/compare';
import type { MergeChoices, MergeConflict, MergeSide } from './conflict';
import { conflictKey } from './conflict';

/** Collects conflicts and answers each with the caller's choice (or the fallback side). */
export class ConflictLog {
  readonly conflicts: MergeConflict[] = [];
  constructor(
    private readonly choices: MergeChoices,
    private readonly fallback: MergeSide,
  ) {}

  /** Records `conflict` (its key is derived) and returns the side chosen for it. */
  raise(conflict: Omit<MergeConflict, 'key'>): MergeSide {
    const what =
      conflict.kind === 'field'
        ? (conflict.field ?? '')
        : conflict.kind === 'removed'
          ? '#removed'
          : '#position';
    const key = conflictKey(conflict.entity, conflict.id, what);
    const full: MergeConflict = { key, ...conflict };
    for (const side of ['base', 'theirs', 'mine'] as const) if (full[side] === undefined) delete full[side];
    this.conflicts.push(full);
    return this.choices[key] ?? this.fallback;
  }
}

/** Which element a field merge is about, for the conflicts it raises. */
export interface ElementRef {
  entity: MergeConflict['entity'];
  id: string;
  name: string | undefined;
}

/**
 * The three-way merge of one value: unchanged on one side takes the other side's value; changed to
 * the same value on both takes it; changed differently on both is a conflict. `base` undefined means
 * the element is new on both sides (any difference is a conflict).
 */
export function mergeValue(
  base: unknown,
  theirs: unknown,
  mine: unknown,
  onConflict: () => MergeSide,
): unknown {
  if (deepEqual(theirs, mine)) return theirs;
  if (deepEqual(theirs, base)) return mine;
  if (deepEqual(mine, base)) return theirs;
  return onConflict() === 'theirs' ? theirs : mine;
}

/** An element as the merge assembles it; the merged journey is validated as a whole at the end. */
export type Draft = Readonly<Record<string, unknown>>;

/**
 * Field by field three-way merge of one element present on both sides (`base` absent when both
 * added it). Keys in `skip` are left to the caller (taken from `theirs`).
 */
export function mergeRecord(
  base: object | undefined,
  theirs: object,
  mine: object,
  ref: ElementRef,
  log: ConflictLog,
  skip: readonly string[] = ['id'],
): Draft {
  const keys = new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base ?? {})]);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const t: unknown = Reflect.get(theirs, key);
    const value = skip.includes(key)
      ? t
      : mergeValue(base && Reflect.get(base, key), t, Reflect.get(mine, key), () =>
          log.raise({
            kind: 'field',
            ...ref,
            field: key,
            base: base && Reflect.get(base, key),
            theirs: t,
            mine: Reflect.get(mine, key),
          }),
        );
    if (value !== undefined) out[key] = value;
  }
  return out;
}
