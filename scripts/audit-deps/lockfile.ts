/** One installed package of a lockfile: its name, exact version and tarball integrity. */
export interface LockedPackage {
  name: string;
  version: string;
  integrity: string | undefined;
  /** Whether only development installs get it (`dev` in the lockfile). */
  dev: boolean;
}

interface LockEntry {
  name?: string;
  version?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
}

/**
 * The third-party packages of a `package-lock.json` (lockfile version 2 or 3), direct and transitive,
 * once per name and version, sorted. Workspace packages and links (our own code) are left out.
 */
export function lockedPackages(lock: unknown): LockedPackage[] {
  const packages = (lock as { packages?: Record<string, LockEntry> } | null)?.packages;
  if (!packages || typeof packages !== 'object') {
    throw new Error('package-lock.json has no "packages" map (lockfile version 2 or 3 expected)');
  }
  const found = new Map<string, LockedPackage>();
  for (const [path, entry] of Object.entries(packages)) {
    const at = path.lastIndexOf('node_modules/');
    if (at < 0 || entry.link || !entry.version) continue;
    const name = entry.name ?? path.slice(at + 'node_modules/'.length);
    const key = `${name}@${entry.version}`;
    const previous = found.get(key);
    found.set(key, {
      name,
      version: entry.version,
      integrity: entry.integrity,
      dev: (previous?.dev ?? true) && entry.dev === true,
    });
  }
  return [...found.values()].sort((a, b) =>
    a.name === b.name ? (a.version < b.version ? -1 : 1) : a.name < b.name ? -1 : 1,
  );
}
