import { expect } from 'vitest';
import { DomainError } from '../validation/errors';
import type { DomainErrorCode } from '../validation/errors';

/** Freezes a value deeply so a test fails if an operation mutates its input. For tests only. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Asserts that `fn` throws a `DomainError` with `code` and a message matching `message`. */
export function expectDomainError(fn: () => unknown, code: DomainErrorCode, message: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  if (!(caught instanceof DomainError)) return;
  expect(caught.code).toBe(code);
  expect(caught.message).toMatch(message);
}
