import { describe, expect, it } from 'vitest';
import { newId } from './id';
import { idSchema } from './schema';
import { DomainError } from './validation/errors';

describe('newId', () => {
  it('makes short, valid, distinct ids with the prefix', () => {
    const ids = Array.from({ length: 1000 }, () => newId('stg'));
    for (const id of ids) {
      expect(id).toMatch(/^stg_[0-9a-f]{12}$/);
      expect(idSchema.safeParse(id).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a prefix that would make an invalid id', () => {
    expect(() => newId('st g')).toThrow(DomainError);
    expect(() => newId('')).toThrow(/expected a prefix/);
  });
});
