import { DomainError } from './validation/errors';

/**
 * A new random id such as `stg_1a2b3c4d5e6f`: the prefix, `_`, then 12 hex digits of a UUID v4
 * from `crypto.randomUUID` (global in browsers and Node 20). 48 random bits: unique within a
 * workspace in practice, not a secret. The prefix must itself be a valid id fragment.
 */
export function newId(prefix: string): string {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(prefix)) {
    throw new DomainError(
      `newId: expected a prefix of letters, digits, "_" or "-" (got ${JSON.stringify(prefix)})`,
    );
  }
  const hex = globalThis.crypto.randomUUID().replace(/-/g, '');
  // Skip the version nibble (index 12) so all 12 digits are random.
  return `${prefix}_${hex.slice(0, 12)}`;
}

/** Prefixes used by this package for generated ids, so ids say what they name. */
export const ID_PREFIX = {
  journey: 'jrn',
  stage: 'stg',
  lane: 'lan',
  item: 'itm',
  persona: 'per',
  evidence: 'evd',
} as const;
