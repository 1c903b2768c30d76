import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAdvisoryList, matchAdvisories } from './advisories';
import type { Advisory } from './advisories';
import { lockedPackages } from './lockfile';
import { compareWithReviewed, describeDiff, reviewedListOf } from './review';
import { classifySignatures } from './signatures';
import { compareVersions, satisfies } from './version-range';

/** A lockfile (version 3) holding the given `path → entry` packages beside the root and a workspace. */
function lockOf(packages: Record<string, { version: string; integrity?: string; dev?: boolean }>) {
  return {
    lockfileVersion: 3,
    packages: {
      '': { name: 'root' },
      'packages/domain': { name: '@waymark/domain', version: '0.1.0' },
      'node_modules/@waymark/domain': { resolved: 'packages/domain', link: true },
      ...packages,
    },
  };
}

const base = lockOf({
  'node_modules/left-pad': { version: '1.3.0', integrity: 'sha512-a' },
  'node_modules/@scope/tool': { version: '2.0.0', integrity: 'sha512-b', dev: true },
  'node_modules/@scope/tool/node_modules/left-pad': { version: '1.1.0', integrity: 'sha512-c' },
});
const reviewed = reviewedListOf(lockedPackages(base), '2026-12-04');

function advisory(overrides: Partial<Advisory>): Advisory {
  return {
    id: 'GHSA-test',
    package: 'left-pad',
    vulnerable: '<1.2.0',
    severity: 'high',
    title: 'test advisory',
    url: 'https://github.com/advisories/GHSA-test',
    ...overrides,
  };
}

describe('lockedPackages', () => {
  it('lists third-party packages once per name and version, nested ones included, without our workspaces', () => {
    expect(lockedPackages(base).map((p) => `${p.name}@${p.version}`)).toEqual([
      '@scope/tool@2.0.0',
      'left-pad@1.1.0',
      'left-pad@1.3.0',
    ]);
  });

  it('refuses a file without a packages map', () => {
    expect(() => lockedPackages({ lockfileVersion: 1, dependencies: {} })).toThrow(/no "packages" map/);
  });
});

describe('compareWithReviewed', () => {
  it('passes when the lockfile matches the reviewed list', () => {
    const diff = compareWithReviewed(lockedPackages(base), reviewed);
    expect(describeDiff(diff)).toEqual([]);
    expect(diff.gone).toEqual([]);
  });

  it('detects a transitive package whose version changed, naming the reviewed version', () => {
    const bumped = lockOf({
      'node_modules/left-pad': { version: '1.3.0', integrity: 'sha512-a' },
      'node_modules/@scope/tool': { version: '2.0.0', integrity: 'sha512-b' },
      'node_modules/@scope/tool/node_modules/left-pad': { version: '1.1.1', integrity: 'sha512-d' },
    });
    const diff = compareWithReviewed(lockedPackages(bumped), reviewed);
    expect(describeDiff(diff)).toEqual([
      'left-pad: 1.1.0, 1.3.0 reviewed, lockfile has 1.1.1 (not reviewed)',
    ]);
    expect(diff.gone).toEqual(['left-pad@1.1.0']);
  });

  it('detects a new package and a changed integrity at a reviewed version', () => {
    const changed = lockOf({
      'node_modules/left-pad': { version: '1.3.0', integrity: 'sha512-tampered' },
      'node_modules/@scope/tool': { version: '2.0.0', integrity: 'sha512-b' },
      'node_modules/@scope/tool/node_modules/left-pad': { version: '1.1.0', integrity: 'sha512-c' },
      'node_modules/right-pad': { version: '0.1.0', integrity: 'sha512-e' },
    });
    expect(describeDiff(compareWithReviewed(lockedPackages(changed), reviewed))).toEqual([
      'right-pad@0.1.0: new package, not reviewed',
      "left-pad@1.3.0: the lockfile's integrity differs from the reviewed one",
    ]);
  });
});

describe('advisories', () => {
  it('matches a locked version inside an advisory range and none outside it', () => {
    const locked = lockedPackages(base);
    const hits = matchAdvisories(locked, [advisory({ vulnerable: '>=1.0.0 <1.2.0' })]);
    expect(hits.map((h) => `${h.pkg.name}@${h.pkg.version}`)).toEqual(['left-pad@1.1.0']);
    expect(matchAdvisories(locked, [advisory({ vulnerable: '<1.0.0 || >=1.4.0' })])).toEqual([]);
    expect(
      matchAdvisories(locked, [advisory({ package: '@scope/tool', vulnerable: '=2.0.0' })]),
    ).toHaveLength(1);
  });

  it('refuses a malformed entry, naming the field', () => {
    expect(() =>
      checkAdvisoryList({ source: 's', advisories: [advisory({ vulnerable: '^1.2.0' })] }),
    ).toThrow(/advisories\[0\]\.vulnerable/);
    expect(() =>
      checkAdvisoryList({ source: 's', advisories: [{ ...advisory({}), severity: 'bad' }] }),
    ).toThrow(/advisories\[0\]\.severity/);
  });

  it('the committed advisory list is well formed and the committed lockfile is clear of it', () => {
    const root = join(import.meta.dirname, '..', '..');
    const list = checkAdvisoryList(JSON.parse(readFileSync(join(root, 'docs/advisories.json'), 'utf8')));
    const locked = lockedPackages(JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')));
    expect(matchAdvisories(locked, list.advisories)).toEqual([]);
  });
});

describe('version ranges', () => {
  it('orders versions by semver precedence, pre-releases before their release', () => {
    expect(compareVersions('1.2.10', '1.2.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0-rc.1', '1.0.0')).toBeLessThan(0);
    expect(compareVersions('1.0.0-alpha', '1.0.0-alpha.1')).toBeLessThan(0);
    expect(compareVersions('1.0.0-2', '1.0.0-10')).toBeLessThan(0);
    expect(compareVersions('1.0.0+build', '1.0.0')).toBe(0);
  });

  it('matches comparator sets and alternatives', () => {
    expect(satisfies('7.0.3', '<6.0.6 || >=7.0.0 <7.0.5')).toBe(true);
    expect(satisfies('7.0.5', '<6.0.6 || >=7.0.0 <7.0.5')).toBe(false);
    expect(satisfies('6.0.5', '<6.0.6 || >=7.0.0 <7.0.5')).toBe(true);
    expect(satisfies('0.24.2', '<= 0.24.2')).toBe(true);
    expect(satisfies('4.0.0', '=4.0.0')).toBe(true);
    expect(satisfies('4.0.1', '4.0.0')).toBe(false);
  });
});

describe('classifySignatures', () => {
  it('verified, failed and unreachable outcomes', () => {
    expect(
      classifySignatures(0, 'audited 474 packages\n474 packages have verified registry signatures').kind,
    ).toBe('verified');
    expect(classifySignatures(1, '1 package has an invalid registry signature:\nfoo@1.0.0').kind).toBe(
      'failed',
    );
    const offline = classifySignatures(
      1,
      'npm error code ENOTFOUND\nnpm error network request to https://tuf-repo-cdn.sigstore.dev/15.root.json failed',
    );
    expect(offline).toEqual({ kind: 'unreachable', summary: 'npm error code ENOTFOUND' });
    expect(classifySignatures(1, 'npm error code EUSAGE').kind).toBe('failed');
  });
});
