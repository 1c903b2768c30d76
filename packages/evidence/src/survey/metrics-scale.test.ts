import { describe, expect, it } from 'vitest';
import { parseScale } from './metrics';

describe('parseScale', () => {
  it('reads MIN-MAX scales and refuses anything else', () => {
    expect(parseScale('0-10')).toEqual({ min: 0, max: 10 });
    expect(parseScale(' 1–5 ')).toEqual({ min: 1, max: 5 });
    expect(parseScale('-3-3')).toEqual({ min: -3, max: 3 });
    expect(parseScale('1..7')).toEqual({ min: 1, max: 7 });
    for (const text of ['5-1', '1-1', '1 to 5', '', 'a-b', '1-']) expect(parseScale(text)).toBeNull();
  });
});
