import { describe, expect, it } from 'vitest';
import { clip, mirror, niceTicks } from './svg-layout';

describe('svg layout helpers', () => {
  it('mirrors x and swaps anchors right to left', () => {
    const ltr = mirror(100, 'ltr');
    const rtl = mirror(100, 'rtl');
    expect([ltr.x(10), ltr.start, ltr.end]).toEqual([10, 'start', 'end']);
    expect([rtl.x(10), rtl.start, rtl.end]).toEqual([90, 'end', 'start']);
  });

  it('makes round ticks that cover the maximum', () => {
    expect(niceTicks(470)).toEqual([0, 200, 400, 600]);
    expect(niceTicks(9, 3)).toEqual([0, 5, 10]);
    expect(niceTicks(0)).toEqual([0]);
  });

  it('clips by grapheme so Thai marks stay with their letters', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('ตะกร้าสินค้า', 4)).toBe('ตะก…');
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('ร้านค้า', 3)).toBe('ร้า…');
  });
});
