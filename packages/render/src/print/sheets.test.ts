import { describe, expect, it } from 'vitest';
import { layoutPrint, MAX_SHEETS, MIN_TILE_SCALE, MM, paperSize, PrintLayoutError } from './sheets';

const A4_LANDSCAPE = { width: 297 * MM, height: 210 * MM };

describe('layoutPrint', () => {
  it('prints a poster as one sheet the size of the map', () => {
    const layout = layoutPrint({ map: { width: 1800, height: 1200 }, page: 'poster' });
    expect(layout).toMatchObject({ sheet: { width: 1800, height: 1200 }, scale: 1, rows: 1, columns: 1 });
    expect(layout.sheets).toHaveLength(1);
  });

  it('turns paper by orientation', () => {
    expect(paperSize('a4', 'landscape').width).toBeCloseTo(A4_LANDSCAPE.width);
    expect(paperSize('a4', 'portrait').width).toBeCloseTo(210 * MM);
    expect(paperSize('a3', 'portrait').height).toBeCloseTo(420 * MM);
  });

  it('fits a map onto one sheet, shrinking but never enlarging', () => {
    const big = layoutPrint({ map: { width: 4000, height: 1000 }, page: 'a4', layout: 'fit' });
    expect(big.sheets).toHaveLength(1);
    expect(big.scale).toBeCloseTo(big.area.width / 4000);
    expect(layoutPrint({ map: { width: 300, height: 200 }, page: 'a3', layout: 'fit' }).scale).toBe(1);
  });

  it('tiles a wide map at full scale over columns that overlap, in reading order', () => {
    const layout = layoutPrint({ map: { width: 2500, height: 600 }, page: 'a4', orientation: 'landscape' });
    expect(layout.scale).toBe(1);
    expect(layout.rows).toBe(1);
    const step = layout.area.width - layout.overlap;
    expect(layout.columns).toBe(Math.ceil((2500 - layout.overlap) / step));
    expect(layout.sheets.map((s) => [s.number, s.row, s.column])).toEqual(
      Array.from({ length: layout.columns }, (_, i) => [i + 1, 1, i + 1]),
    );
    expect(layout.sheets[1]?.mapX).toBeCloseTo(step);
    const last = layout.sheets.at(-1);
    expect((last?.mapX ?? 0) + layout.area.width).toBeGreaterThanOrEqual(2500);
    expect(layout.sheets[0]?.neighbours).toEqual({ left: false, right: true, top: false, bottom: false });
  });

  it('shrinks a tall map to fill whole rows, never below the legible scale', () => {
    const layout = layoutPrint({ map: { width: 1400, height: 1600 }, page: 'a4', orientation: 'landscape' });
    expect(layout.scale).toBeGreaterThanOrEqual(MIN_TILE_SCALE);
    expect(layout.scale).toBeLessThanOrEqual(1);
    // The rows are filled exactly: the last row ends at the map's bottom edge.
    const covered = layout.rows * layout.area.height - (layout.rows - 1) * layout.overlap;
    expect(covered).toBeCloseTo(1600 * layout.scale);
    expect(layout.sheets).toHaveLength(layout.rows * layout.columns);
    const second = layout.sheets.find((s) => s.row === 2 && s.column === 1);
    expect(second?.mapY).toBeCloseTo((layout.area.height - layout.overlap) / layout.scale);
  });

  it('numbers the tiles of a right-to-left map from the top right, its right edge on the first sheet', () => {
    const layout = layoutPrint({ map: { width: 2500, height: 600 }, page: 'a4', rtl: true });
    const first = layout.sheets[0];
    expect(first?.gridX).toBe(layout.columns - 1);
    expect(first?.column).toBe(1);
    expect((first?.mapX ?? 0) * layout.scale + layout.area.width).toBeCloseTo(2500 * layout.scale);
    expect(layout.sheets.at(-1)?.gridX).toBe(0);
  });

  it('refuses a print of more than the maximum number of sheets, saying what to choose', () => {
    expect(() => layoutPrint({ map: { width: 32_000, height: 32_000 }, page: 'a4' })).toThrow(
      PrintLayoutError,
    );
    expect(() => layoutPrint({ map: { width: 32_000, height: 32_000 }, page: 'a4' })).toThrow(
      new RegExp(`at most ${MAX_SHEETS}.*larger paper`),
    );
  });
});
