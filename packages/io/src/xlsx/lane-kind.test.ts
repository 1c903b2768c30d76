import { describe, expect, it } from 'vitest';
import { inferLaneKind, parseLaneKind } from './lane-kind';

describe('lane kinds typed by hand', () => {
  it('reads kinds, labels in any locale and synonyms', () => {
    expect(parseLaneKind('pain_points')).toBe('pain_points');
    expect(parseLaneKind('Pain points')).toBe('pain_points');
    expect(parseLaneKind('Feelings')).toBe('emotions');
  });

  it('does not take names of object properties for synonyms', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(parseLaneKind(name), name).toBeUndefined();
      expect(inferLaneKind(name), name).toBe('custom');
    }
  });
});
