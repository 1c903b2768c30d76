/**
 * Just enough semantic versioning to match a lockfile's exact versions against advisory ranges:
 * comparators `<`, `<=`, `>`, `>=`, `=` (or a bare version) joined by spaces (all must hold), and
 * alternatives joined by `||`. No `^`, `~` or `x` ranges: advisory databases write ranges this way.
 */

/** A parsed version: major, minor, patch and the pre-release identifiers (empty for a release). */
interface Version {
  core: [number, number, number];
  pre: string[];
}

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Parses `1.2.3`, `1.2.3-rc.1` or `1.2.3+build`; throws on anything else, naming the value. */
export function parseVersion(text: string): Version {
  const match = VERSION.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a version like 1.2.3`);
  return {
    core: [Number(match[1]), Number(match[2]), Number(match[3])],
    pre: match[4] ? match[4].split('.') : [],
  };
}

function compareIdentifiers(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b);
  if (numeric.test(a)) return -1;
  if (numeric.test(b)) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative, zero or positive as `a` sorts before, with or after `b` (semver precedence). */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.core[i] ?? 0) - (y.core[i] ?? 0);
    if (d !== 0) return d;
  }
  if (x.pre.length === 0 || y.pre.length === 0) return y.pre.length - x.pre.length;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    const d = compareIdentifiers(p, q);
    if (d !== 0) return d;
  }
  return 0;
}

const COMPARATOR = /^(<=|>=|<|>|=)?\s*(\S+)$/;

function satisfiesComparator(version: string, comparator: string): boolean {
  const match = COMPARATOR.exec(comparator);
  if (!match?.[2]) throw new Error(`"${comparator}" is not a comparator like <1.2.3`);
  const d = compareVersions(version, match[2]);
  switch (match[1] ?? '=') {
    case '<':
      return d < 0;
    case '<=':
      return d <= 0;
    case '>':
      return d > 0;
    case '>=':
      return d >= 0;
    default:
      return d === 0;
  }
}

/**
 * Whether `version` lies in `range` (`>=1.0.0 <1.2.6 || =2.0.0`). Throws on a malformed range, so a
 * typo in the advisory list fails the audit instead of matching nothing.
 */
export function satisfies(version: string, range: string): boolean {
  return range.split('||').some((alternative) => {
    const comparators = alternative
      .trim()
      .replace(/(<=|>=|<|>|=)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean);
    if (comparators.length === 0) throw new Error(`"${range}" has an empty alternative`);
    return comparators.every((c) => satisfiesComparator(version, c));
  });
}
