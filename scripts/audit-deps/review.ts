import type { LockedPackage } from './lockfile';

/**
 * The committed list of reviewed packages (`docs/dependencies-reviewed.json`): every third-party
 * package of the lockfile at the versions a maintainer looked at, with the integrity npm recorded.
 */
export interface ReviewedList {
  /** The date of the last review, YYYY-MM-DD. */
  reviewed: string;
  /** `name@version` → the lockfile's integrity (`sha512-…`), or "" when the lockfile has none. */
  packages: Record<string, string>;
}

/** How the lockfile differs from the reviewed list. */
export interface ReviewDiff {
  /** In the lockfile at a version nobody reviewed (a new package, or a new version of one). */
  unreviewed: { pkg: LockedPackage; reviewedVersions: string[] }[];
  /** Reviewed at this version, but the lockfile now records another tarball. */
  integrityChanged: { pkg: LockedPackage; reviewedIntegrity: string }[];
  /** Reviewed, but no longer in the lockfile (harmless; `--accept` drops them). */
  gone: string[];
}

/** Splits `name@version` (the name may be scoped: `@scope/name@1.2.3`). */
export function splitKey(key: string): { name: string; version: string } {
  const at = key.lastIndexOf('@');
  if (at <= 0) throw new Error(`"${key}" in the reviewed list is not name@version`);
  return { name: key.slice(0, at), version: key.slice(at + 1) };
}

/** Compares the lockfile's packages with the reviewed list. */
export function compareWithReviewed(locked: readonly LockedPackage[], reviewed: ReviewedList): ReviewDiff {
  const versionsByName = new Map<string, string[]>();
  for (const key of Object.keys(reviewed.packages)) {
    const { name, version } = splitKey(key);
    versionsByName.set(name, [...(versionsByName.get(name) ?? []), version]);
  }
  const diff: ReviewDiff = { unreviewed: [], integrityChanged: [], gone: [] };
  const present = new Set<string>();
  for (const pkg of locked) {
    const key = `${pkg.name}@${pkg.version}`;
    present.add(key);
    const integrity = reviewed.packages[key];
    if (integrity === undefined) {
      diff.unreviewed.push({ pkg, reviewedVersions: versionsByName.get(pkg.name) ?? [] });
    } else if (integrity !== (pkg.integrity ?? '')) {
      diff.integrityChanged.push({ pkg, reviewedIntegrity: integrity });
    }
  }
  diff.gone = Object.keys(reviewed.packages)
    .filter((key) => !present.has(key))
    .sort();
  return diff;
}

/** The reviewed list that accepts the lockfile as it is, dated `date`. */
export function reviewedListOf(locked: readonly LockedPackage[], date: string): ReviewedList {
  return {
    reviewed: date,
    packages: Object.fromEntries(locked.map((p) => [`${p.name}@${p.version}`, p.integrity ?? ''])),
  };
}

/** One line per difference that fails the audit, for the console. */
export function describeDiff(diff: ReviewDiff): string[] {
  return [
    ...diff.unreviewed.map(({ pkg, reviewedVersions }) =>
      reviewedVersions.length > 0
        ? `${pkg.name}: ${reviewedVersions.join(', ')} reviewed, lockfile has ${pkg.version} (not reviewed)`
        : `${pkg.name}@${pkg.version}: new package, not reviewed`,
    ),
    ...diff.integrityChanged.map(
      ({ pkg }) => `${pkg.name}@${pkg.version}: the lockfile's integrity differs from the reviewed one`,
    ),
  ];
}
