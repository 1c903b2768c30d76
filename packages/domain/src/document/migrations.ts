import { DomainError, ValidationError } from '../validation/errors';
import { describeValue, makeIssue } from '../validation/issues';
import { CURRENT_FORMAT } from './document-schema';
import { migrateV0ToV1 } from './v0';

/** The newest document version; `parseDocument` migrates everything older up to it. */
export const CURRENT_VERSION = 1;

/** One step of the migration chain: turns a version `from` document into a version `to` one. */
export interface MigrationStep {
  from: number;
  to: number;
  /** What changed, for release notes and `waymark validate --verbose`. */
  description: string;
  /** Validates its own input (paths refer to the input file) and throws `ValidationError`. */
  migrate: (document: unknown) => unknown;
}

/** Every migration step, one per version. Add `v1 → v2` here when v2 exists. */
export const MIGRATIONS: readonly MigrationStep[] = [
  {
    from: 0,
    to: 1,
    description: 'grid of columns, rows and cells → waymark.journey/v1 with typed lanes, items and personas',
    migrate: migrateV0ToV1,
  },
];

/** Format tags of tagged versions, by version number. v0 files have `"version": 0` instead. */
export const FORMAT_TAGS: Readonly<Record<number, string>> = { 1: CURRENT_FORMAT };

/** Every version this build reads, for messages: `waymark.journey/v1; legacy "version": 0`. */
export function supportedVersions(): string {
  const legacy = MIGRATIONS.filter((m) => !(m.from in FORMAT_TAGS)).map((m) => `"version": ${m.from}`);
  const tags = Object.values(FORMAT_TAGS).join(', ');
  return legacy.length > 0 ? `${tags}; legacy ${legacy.join(', ')}` : tags;
}

/**
 * Which version a raw document is: the version whose tag equals `format`, or `version` for untagged
 * v0 files. Throws a `ValidationError` naming `$.format` and the supported versions otherwise.
 */
export function detectVersion(input: unknown): number {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ValidationError(
      [makeIssue('$', 'a JSON object (a Waymark journey document)', describeValue(input))],
      'document',
    );
  }
  const format: unknown = Reflect.get(input, 'format');
  if (format !== undefined) {
    for (const [version, tag] of Object.entries(FORMAT_TAGS)) {
      if (format === tag) return Number(version);
    }
    throw new ValidationError(
      [makeIssue('$.format', `a supported format (${supportedVersions()})`, describeValue(format))],
      'document',
    );
  }
  const version: unknown = Reflect.get(input, 'version');
  if (typeof version === 'number' && MIGRATIONS.some((m) => m.from === version)) return version;
  if (version !== undefined) {
    throw new ValidationError(
      [makeIssue('$.version', `a supported version (${supportedVersions()})`, describeValue(version))],
      'document',
    );
  }
  throw new ValidationError(
    [makeIssue('$.format', `a supported format (${supportedVersions()})`, 'nothing')],
    'document',
  );
}

/** Runs the migration chain from the document's version up to `CURRENT_VERSION`. */
export function migrateToCurrent(input: unknown): unknown {
  let version = detectVersion(input);
  let document = input;
  while (version < CURRENT_VERSION) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) throw new DomainError(`no migration from document version ${version}`, 'unsupported');
    document = step.migrate(document);
    version = step.to;
  }
  return document;
}
