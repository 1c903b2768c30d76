import type { LockedPackage } from './lockfile';
import { satisfies } from './version-range';

/** One known advisory of the committed list (`docs/advisories.json`). */
export interface Advisory {
  /** GHSA or CVE id. */
  id: string;
  package: string;
  /** Affected versions, e.g. `>=7.0.0 <7.0.5 || <6.0.6` (see version-range.ts). */
  vulnerable: string;
  severity: 'low' | 'moderate' | 'high' | 'critical';
  title: string;
  url: string;
}

/** The committed advisory list: where its entries come from, and the entries. */
export interface AdvisoryList {
  source: string;
  advisories: Advisory[];
}

const SEVERITIES = new Set(['low', 'moderate', 'high', 'critical']);

/** Checks the shape of the advisory list; throws naming the first bad entry and field. */
export function checkAdvisoryList(value: unknown): AdvisoryList {
  const list = value as Partial<AdvisoryList> | null;
  if (!list || typeof list.source !== 'string' || !Array.isArray(list.advisories)) {
    throw new Error('docs/advisories.json: expected { "source": string, "advisories": [...] }');
  }
  list.advisories.forEach((a: Partial<Advisory>, i) => {
    for (const field of ['id', 'package', 'vulnerable', 'title', 'url'] as const) {
      if (typeof a[field] !== 'string' || a[field] === '') {
        throw new Error(`docs/advisories.json: advisories[${i}].${field}: expected a non-empty string`);
      }
    }
    if (!SEVERITIES.has(String(a.severity))) {
      throw new Error(
        `docs/advisories.json: advisories[${i}].severity: expected low, moderate, high or critical`,
      );
    }
    try {
      satisfies('0.0.0', String(a.vulnerable));
    } catch (error) {
      throw new Error(`docs/advisories.json: advisories[${i}].vulnerable: ${(error as Error).message}`);
    }
  });
  return list as AdvisoryList;
}

/** Every locked package that an advisory's range covers. */
export function matchAdvisories(
  locked: readonly LockedPackage[],
  advisories: readonly Advisory[],
): { pkg: LockedPackage; advisory: Advisory }[] {
  return advisories.flatMap((advisory) =>
    locked
      .filter((pkg) => pkg.name === advisory.package && satisfies(pkg.version, advisory.vulnerable))
      .map((pkg) => ({ pkg, advisory })),
  );
}
