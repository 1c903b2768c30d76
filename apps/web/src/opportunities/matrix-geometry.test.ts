import { describe, expect, it } from 'vitest';
import { scoreAfterKey, scoreAt } from './matrix-geometry';

const box = { left: 100, top: 50, width: 500, height: 500 };

describe('scoreAt', () => {
  it('maps the top-right cell to high impact, easy in left-to-right', () => {
    expect(scoreAt(box, 590, 60, 'ltr')).toEqual({ impact: 5, feasibility: 5 });
    expect(scoreAt(box, 110, 540, 'ltr')).toEqual({ impact: 1, feasibility: 1 });
    expect(scoreAt(box, 350, 300, 'ltr')).toEqual({ impact: 3, feasibility: 3 });
  });

  it('mirrors feasibility right to left and clamps outside the box', () => {
    expect(scoreAt(box, 590, 60, 'rtl')).toEqual({ impact: 5, feasibility: 1 });
    expect(scoreAt(box, 2000, -400, 'ltr')).toEqual({ impact: 5, feasibility: 5 });
  });
});

describe('scoreAfterKey', () => {
  const start = { impact: 3, feasibility: 3 };
  it('moves with the arrows and stops at the edges', () => {
    expect(scoreAfterKey(start, 'ArrowUp', 'ltr')).toEqual({ impact: 4, feasibility: 3 });
    expect(scoreAfterKey(start, 'ArrowRight', 'ltr')).toEqual({ impact: 3, feasibility: 4 });
    expect(scoreAfterKey(start, 'ArrowRight', 'rtl')).toEqual({ impact: 3, feasibility: 2 });
    expect(scoreAfterKey({ impact: 5, feasibility: 1 }, 'ArrowUp', 'ltr')).toEqual({
      impact: 5,
      feasibility: 1,
    });
    expect(scoreAfterKey(start, 'Enter', 'ltr')).toBeUndefined();
  });
});
