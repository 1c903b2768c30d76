import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  historyOf,
  pushHistory,
  redoHistory,
  replaceKeepingUndo,
  undoHistory,
} from './use-history';

describe('snapshot history', () => {
  it('undoes and redoes in order, and a new push clears redo', () => {
    let h = historyOf('a');
    h = pushHistory(h, 'b');
    h = pushHistory(h, 'c');
    h = undoHistory(h);
    expect(h.present).toBe('b');
    h = undoHistory(h);
    expect(h.present).toBe('a');
    expect(undoHistory(h)).toBe(h);
    h = redoHistory(h);
    expect(h.present).toBe('b');
    h = pushHistory(h, 'd');
    expect(h.future).toEqual([]);
    expect(redoHistory(h)).toBe(h);
    expect(h.past).toEqual(['a', 'b']);
  });

  it('ignores a push of the present and caps the undo depth', () => {
    const h = historyOf('x');
    expect(pushHistory(h, 'x')).toBe(h);
    let long = historyOf(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) long = pushHistory(long, i);
    expect(long.past.length).toBe(HISTORY_LIMIT);
    expect(long.past[0]).toBe(10);
  });

  it('replaces the present keeping the replaced value one undo away', () => {
    let h = pushHistory(historyOf('mine-1'), 'mine-2');
    h = replaceKeepingUndo(h, 'theirs');
    expect(h.present).toBe('theirs');
    expect(undoHistory(h).present).toBe('mine-2');
  });
});
