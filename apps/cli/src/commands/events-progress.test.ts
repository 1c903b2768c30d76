import { describe, expect, it } from 'vitest';
import { overallPercent } from './events';

describe('events import progress bar', () => {
  it('places each phase on one 0 to 100 bar, validation taking the largest share', () => {
    expect(overallPercent({ phase: 'reading', done: 0, total: 1 })).toBe(0);
    expect(overallPercent({ phase: 'validating', done: 0, total: 100 })).toBe(2);
    expect(overallPercent({ phase: 'validating', done: 50, total: 100 })).toBe(26);
    expect(overallPercent({ phase: 'validating', done: 100, total: 100 })).toBe(50);
    expect(overallPercent({ phase: 'inserting', done: 10, total: 10 })).toBe(80);
    expect(overallPercent({ phase: 'indexing', done: 0, total: 1 })).toBe(80);
    expect(overallPercent({ phase: 'done', done: 1, total: 1 })).toBe(100);
    // A phase with nothing to do yet (total 0) sits at its start.
    expect(overallPercent({ phase: 'inserting', done: 0, total: 0 })).toBe(50);
  });
});
