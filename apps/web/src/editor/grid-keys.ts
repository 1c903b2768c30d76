/** A cell position in the map grid: row 0 holds the stage headers, column 0 the lane headers. */
export interface GridPos {
  row: number;
  col: number;
}

/** The size of a grid: `rows` rows (headers included) and `cols` columns (lane headers included). */
export interface GridSize {
  rows: number;
  cols: number;
}

/**
 * Where a navigation key sends focus from `from`, or undefined for keys that do not navigate.
 * Left and right follow the map's direction (in a right-to-left map, ArrowLeft goes to the next
 * stage); Home and End go to the row's ends, with Ctrl to the grid's corners. The empty top-left
 * corner is skipped. The result is clamped to the grid.
 */
export function gridTarget(
  from: GridPos,
  key: string,
  size: GridSize,
  options: { rtl: boolean; ctrl: boolean },
): GridPos | undefined {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const step = (dRow: number, dCol: number): GridPos => {
    const row = Math.max(0, Math.min(lastRow, from.row + dRow));
    const col = Math.max(row === 0 ? 1 : 0, Math.min(lastCol, from.col + dCol));
    return { row, col };
  };
  const forward = options.rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = options.rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case 'ArrowUp':
      return step(-1, 0);
    case 'ArrowDown':
      return step(1, 0);
    case forward:
      return step(0, 1);
    case back:
      return step(0, -1);
    case 'Home':
      return options.ctrl ? { row: 0, col: 1 } : { row: from.row, col: from.row === 0 ? 1 : 0 };
    case 'End':
      return options.ctrl ? { row: lastRow, col: lastCol } : { row: from.row, col: lastCol };
    case 'PageUp':
      return step(-5, 0);
    case 'PageDown':
      return step(5, 0);
    default:
      return undefined;
  }
}
