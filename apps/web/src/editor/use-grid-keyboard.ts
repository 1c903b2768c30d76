import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { FIRST_CELL, navKey, type GridFocus } from './grid-focus';
import { gridTarget, type GridSize } from './grid-keys';

const FOCUSABLE = 'button:not(:disabled), [tabindex], input, select, textarea, a[href]';

function posOf(cell: HTMLElement): { row: number; col: number } {
  return { row: Number(cell.dataset.navRow), col: Number(cell.dataset.navCol) };
}

/** The cell element covering `row`, `col` (the emotion curve spans every stage column). */
function cellAt(grid: HTMLElement, row: number, col: number): HTMLElement | undefined {
  for (const el of grid.querySelectorAll<HTMLElement>(`[data-nav-row="${row}"]`)) {
    const start = Number(el.dataset.navCol);
    const span = Number(el.dataset.navSpan ?? 1);
    if (col >= start && col < start + span) return el;
  }
  return undefined;
}

/** The control Enter moves to: the cell's marked primary control, else its first focusable one. */
function primaryOf(cell: HTMLElement): HTMLElement | undefined {
  const marked = cell.querySelector<HTMLElement>('[data-cell-primary]');
  if (marked) return marked;
  return [...cell.querySelectorAll<HTMLElement>(FOCUSABLE)].find((el) => el !== cell);
}

/**
 * Keyboard behaviour of the map grid root (see `GridFocus`): arrows, Home/End and PageUp/PageDown
 * move between cells (left and right in the map's direction), Enter or F2 enters the focused cell
 * (and starts editing a header's name), Escape inside a cell returns to the cell. Focus landing
 * anywhere in the grid, by keyboard or pointer, makes its cell the tab stop. Returns the ref and the
 * handlers for the grid element.
 */
export function useGridKeyboard(store: GridFocus, size: GridSize, rtl: boolean) {
  const gridRef = useRef<HTMLDivElement>(null);
  const preferredCol = useRef(1);

  // After every render: if the active cell is gone (its stage or lane was removed), the tab stop
  // returns to the first stage header, so the grid always stays reachable by Tab.
  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const [row, col] = store.active().split(':').map(Number);
    if (row === undefined || col === undefined || !cellAt(grid, row, col)) store.set(FIRST_CELL, undefined);
  });

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const grid = gridRef.current;
    if (event.defaultPrevented || !grid || !(event.target instanceof HTMLElement)) return;
    const target = event.target;
    const cell = target.closest<HTMLElement>('[data-nav-row]');
    if (!cell || !grid.contains(cell)) return;
    if (target !== cell) {
      if (event.key === 'Escape') {
        event.preventDefault();
        cell.focus();
      }
      return;
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      const primary = primaryOf(cell);
      if (!primary) return;
      event.preventDefault();
      primary.focus();
      if (primary.hasAttribute('data-edit-on-enter')) primary.click();
      return;
    }
    if (event.altKey || event.metaKey || event.shiftKey) return;
    const pos = posOf(cell);
    const vertical = ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown'].includes(event.key);
    const from = vertical && cell.dataset.navSpan ? { row: pos.row, col: preferredCol.current } : pos;
    const next = gridTarget(from, event.key, size, { rtl, ctrl: event.ctrlKey });
    if (!next) return;
    event.preventDefault();
    cellAt(grid, next.row, next.col)?.focus();
  };

  const handleFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLElement)) return;
    const cell = event.target.closest<HTMLElement>('[data-nav-row]');
    if (!cell || !gridRef.current?.contains(cell)) return;
    const { row, col } = posOf(cell);
    const key = navKey(row, col);
    if (!cell.dataset.navSpan) preferredCol.current = col;
    store.set(key, event.target === cell ? undefined : key);
  };

  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && gridRef.current?.contains(next)) return;
    store.set(store.active(), undefined);
  };

  return { gridRef, handleKeyDown, handleFocus, handleBlur };
}
