import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Direction } from '@waymark/domain';

/**
 * Keyboard focus of the map grid (the ARIA grid pattern with a roving tab stop). The grid is one tab
 * stop: only the active cell has `tabIndex=0`. Arrow keys move between cells; Enter enters a cell,
 * whose buttons, names and cards then become tab stops; Escape leaves it. Header cells, lane cells
 * and the emotion curve are cells, addressed by row (0 = stage headers, lane i = i + 1) and column
 * (0 = lane headers, stage i = i + 1).
 */
export interface GridFocus {
  subscribe(listener: () => void): () => void;
  /** Key of the cell that holds the tab stop. */
  active(): string;
  /** Key of the cell whose inner controls are tab stops, if any. */
  entered(): string | undefined;
  set(active: string, entered: string | undefined): void;
}

/** The key of the cell at `row`, `col`. */
export function navKey(row: number, col: number): string {
  return `${row}:${col}`;
}

/** Where a grid starts its tab stop: the first stage header. */
export const FIRST_CELL = navKey(0, 1);

/** A grid focus store; one per rendered grid. */
export function createGridFocus(): GridFocus {
  let active = FIRST_CELL;
  let entered: string | undefined;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    active: () => active,
    entered: () => entered,
    set(nextActive, nextEntered) {
      if (nextActive === active && nextEntered === entered) return;
      active = nextActive;
      entered = nextEntered;
      for (const listener of listeners) listener();
    },
  };
}

/** The grid's focus store; absent outside a map grid. */
export const GridFocusContext = createContext<GridFocus | undefined>(undefined);

/** Whether the surrounding cell is entered; `undefined` outside any grid cell. */
export const CellEnteredContext = createContext<boolean | undefined>(undefined);

const noStore: GridFocus = createGridFocus();

/** Props a navigable cell puts on its root element. */
export interface NavCellProps {
  'data-nav-row': number;
  'data-nav-col': number;
  'data-nav-span'?: number;
  tabIndex: number;
}

/** What `useNavCell` gives a cell. */
export interface NavCell {
  /** Props for the cell's root element. */
  props: NavCellProps;
  /** Whether the cell is entered: wrap its content in `CellEnteredContext` with this value. */
  entered: boolean;
  /** The tabIndex of the cell's own controls (0 while entered, else -1). */
  innerTabIndex: number;
}

/**
 * A cell's part in the grid's keyboard focus. Only the cells whose state changed re-render when
 * focus moves. Trap: the cell's own controls take `innerTabIndex`; `useInnerTabIndex` reads the
 * context the cell provides, so it works only in components rendered inside it.
 */
export function useNavCell(row: number, col: number, span?: number): NavCell {
  const store = useContext(GridFocusContext) ?? noStore;
  const key = navKey(row, col);
  const active = useSyncExternalStore(store.subscribe, () => store.active() === key);
  const entered = useSyncExternalStore(store.subscribe, () => store.entered() === key);
  const props: NavCellProps = { 'data-nav-row': row, 'data-nav-col': col, tabIndex: active ? 0 : -1 };
  if (span !== undefined) props['data-nav-span'] = span;
  return { props, entered, innerTabIndex: entered ? 0 : -1 };
}

/**
 * The tabIndex of a control inside a grid cell: a tab stop only while its cell is entered; outside a
 * grid, `fallback` (undefined keeps the element's native behaviour).
 */
export function useInnerTabIndex(fallback?: number): number | undefined {
  const entered = useContext(CellEnteredContext);
  if (entered === undefined) return fallback;
  return entered ? 0 : -1;
}

/**
 * The writing direction of the map being shown (its own `direction`, not the UI's): the grid flows
 * by it, and the keys that move stages and cards left or right follow it.
 */
export const MapDirectionContext = createContext<Direction>('ltr');

/** The direction of the surrounding map grid. */
export function useMapDirection(): Direction {
  return useContext(MapDirectionContext);
}
