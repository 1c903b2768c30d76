import { describe, expect, it } from 'vitest';
import { gridTarget } from './grid-keys';

const size = { rows: 4, cols: 6 };
const ltr = { rtl: false, ctrl: false };
const rtl = { rtl: true, ctrl: false };

describe('grid keyboard targets', () => {
  it('moves one cell per arrow and stays inside the grid', () => {
    expect(gridTarget({ row: 1, col: 1 }, 'ArrowRight', size, ltr)).toEqual({ row: 1, col: 2 });
    expect(gridTarget({ row: 1, col: 1 }, 'ArrowDown', size, ltr)).toEqual({ row: 2, col: 1 });
    expect(gridTarget({ row: 3, col: 5 }, 'ArrowDown', size, ltr)).toEqual({ row: 3, col: 5 });
    expect(gridTarget({ row: 3, col: 5 }, 'ArrowRight', size, ltr)).toEqual({ row: 3, col: 5 });
    expect(gridTarget({ row: 2, col: 0 }, 'ArrowLeft', size, ltr)).toEqual({ row: 2, col: 0 });
  });

  it('follows the map direction for left and right', () => {
    expect(gridTarget({ row: 1, col: 2 }, 'ArrowLeft', size, rtl)).toEqual({ row: 1, col: 3 });
    expect(gridTarget({ row: 1, col: 2 }, 'ArrowRight', size, rtl)).toEqual({ row: 1, col: 1 });
  });

  it('skips the empty corner above the lane headers', () => {
    expect(gridTarget({ row: 1, col: 0 }, 'ArrowUp', size, ltr)).toEqual({ row: 0, col: 1 });
    expect(gridTarget({ row: 0, col: 1 }, 'ArrowLeft', size, ltr)).toEqual({ row: 0, col: 1 });
    expect(gridTarget({ row: 0, col: 4 }, 'Home', size, ltr)).toEqual({ row: 0, col: 1 });
  });

  it('jumps to row ends, grid corners and five rows at a time', () => {
    expect(gridTarget({ row: 2, col: 3 }, 'Home', size, ltr)).toEqual({ row: 2, col: 0 });
    expect(gridTarget({ row: 2, col: 3 }, 'End', size, ltr)).toEqual({ row: 2, col: 5 });
    expect(gridTarget({ row: 2, col: 3 }, 'End', size, { rtl: false, ctrl: true })).toEqual({
      row: 3,
      col: 5,
    });
    expect(gridTarget({ row: 2, col: 3 }, 'Home', size, { rtl: false, ctrl: true })).toEqual({
      row: 0,
      col: 1,
    });
    expect(gridTarget({ row: 3, col: 3 }, 'PageUp', size, ltr)).toEqual({ row: 0, col: 3 });
    expect(gridTarget({ row: 1, col: 3 }, 'a', size, ltr)).toBeUndefined();
  });
});
