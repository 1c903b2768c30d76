import { describe, expect, it } from 'vitest';
import { fitZoom, MAX_ZOOM, MIN_ZOOM, stepZoom } from './zoom';

describe('map zoom', () => {
  it('steps through the zoom levels and stops at the ends', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(0.42, 1)).toBe(0.5);
    expect(stepZoom(0.42, -1)).toBe(0.33);
    expect(stepZoom(MAX_ZOOM, 1)).toBe(2);
    expect(stepZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
  });

  it('fits the whole map in the viewport without enlarging a small one', () => {
    expect(fitZoom({ width: 2400, height: 1800 }, { width: 1200, height: 600 })).toBe(0.33);
    expect(fitZoom({ width: 2400, height: 300 }, { width: 1200, height: 600 })).toBe(0.5);
    expect(fitZoom({ width: 600, height: 300 }, { width: 1200, height: 600 })).toBe(1);
    expect(fitZoom({ width: 100_000, height: 300 }, { width: 1200, height: 600 })).toBe(MIN_ZOOM);
  });
});
