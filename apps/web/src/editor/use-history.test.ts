import { describe, expect, it } from 'vitest';
import {
  DeferredStep,
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

  it('works a deferred step out only when undo reaches it, once, and skips steps that are gone', () => {
    const computed: string[] = [];
    const deferred = (value: string | undefined) =>
      new DeferredStep(() => {
        computed.push(String(value));
        return value;
      });
    const h = { past: [deferred('a'), deferred(undefined), deferred('c')], present: 'd', future: [] };
    const once = undoHistory(h);
    expect(once.present).toBe('c');
    expect(computed).toEqual(['c']);
    const twice = undoHistory(once);
    expect(twice.present).toBe('a');
    expect(twice.past).toEqual([]);
    expect(computed).toEqual(['c', 'undefined', 'a']);
    expect(redoHistory(twice).present).toBe('c');
    expect(computed).toEqual(['c', 'undefined', 'a']);
  });

  it('skips an undo step the same as the present', () => {
    const h = { past: ['a', 'b'], present: 'B', future: [] };
    const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
    expect(undoHistory(h, same).present).toBe('a');
    expect(undoHistory(historyOf('x'), same).present).toBe('x');
  });
});
