/**
 * Pairs what a person sees now (rows, columns) with what was exported, so edits keep ids. When the
 * counts are equal, pairs go by position (a renamed stage stays the same stage); otherwise by equal
 * key, first unused match first, and the rest are new. Returns, for each visible entry, the index of
 * its exported entry or `undefined`.
 */
export function matchRows(
  visible: readonly string[],
  exported: readonly string[],
): Array<number | undefined> {
  if (visible.length === exported.length) return visible.map((_, i) => i);
  const used = new Set<number>();
  return visible.map((key) => {
    const index = exported.findIndex((candidate, i) => !used.has(i) && candidate === key);
    if (index < 0) return undefined;
    used.add(index);
    return index;
  });
}
