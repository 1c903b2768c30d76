/** Text on one line, cut to 60 characters: how diffs and merges name a card. */
export function shortText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** Structural equality of JSON-like values; object key order does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => deepEqual(v, b[i]));
  }
  const ka = Object.keys(a).filter((k) => Reflect.get(a, k) !== undefined);
  const kb = Object.keys(b).filter((k) => Reflect.get(b, k) !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual(Reflect.get(a, k), Reflect.get(b, k)));
}

/**
 * Ids of `after` that count as moved: those outside a longest common subsequence of the ids both
 * lists share. Moving one element of ten reports that element, not the nine it shifted. A common
 * prefix and suffix are kept without building the table, so nearly equal lists cost linear time.
 */
export function movedIds(before: readonly string[], after: readonly string[]): Set<string> {
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const shared = before.filter((id) => inAfter.has(id));
  const order = after.filter((id) => inBefore.has(id));
  let start = 0;
  while (start < shared.length && shared[start] === order[start]) start++;
  let end = 0;
  while (end < shared.length - start && shared[shared.length - 1 - end] === order[order.length - 1 - end])
    end++;
  const a = shared.slice(start, shared.length - end);
  const b = order.slice(start, order.length - end);
  const n = a.length;
  const m = b.length;
  // LCS table, (n+1) x (m+1); maps are small (dozens of stages, hundreds of items per cell at most).
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const at = (i: number, j: number): number => table[i]?.[j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i];
    if (!row) continue;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const x = a[i];
    const y = b[j];
    if (x !== undefined && x === y) {
      kept.add(x);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return new Set(b.filter((id) => !kept.has(id)));
}

/**
 * The keys of two records in a stable order: the keys named in `order` first (in that order, e.g.
 * a schema's shape), then any other keys of `a`, then of `b`. Optional keys that only one side has
 * still land in schema order.
 */
export function unionKeys(a: object, b: object, order: readonly string[] = []): string[] {
  const present = new Set([...Object.keys(a), ...Object.keys(b)]);
  const keys = order.filter((k) => present.has(k));
  for (const k of [...Object.keys(a), ...Object.keys(b)]) if (!keys.includes(k)) keys.push(k);
  return keys;
}
