import { describe, expect, it } from 'vitest';
import { addItem, createFromTemplate, deepEqual, moveStage, updateItem, type Journey } from '@waymark/domain';
import { indexCells, itemsAt } from './cell-index';
import { newItem } from './new-item';
import { shareStructure } from './share-structure';

function sampleJourney(): Journey {
  return createFromTemplate('current-state', { locale: 'en', title: 'Sample' });
}

describe('structural sharing between edits', () => {
  it('keeps untouched stages, lanes and items as the same objects', () => {
    const start = sampleJourney();
    const [s0, s1] = start.stages;
    const [l0] = start.lanes;
    if (!s0 || !s1 || !l0) throw new Error('template without cells');
    const a = newItem('card', s0.id, l0.id, 'first');
    const b = newItem('card', s1.id, l0.id, 'second');
    const withItems = shareStructure(start, addItem(addItem(start, a), b));
    const edited = shareStructure(withItems, updateItem(withItems, a.id, { text: 'changed' }));
    expect(edited.stages).toBe(withItems.stages);
    expect(edited.lanes).toBe(withItems.lanes);
    expect(edited.items.find((i) => i.id === b.id)).toBe(withItems.items.find((i) => i.id === b.id));
    expect(edited.items.find((i) => i.id === a.id)?.text).toBe('changed');

    const before = indexCells(withItems);
    const after = indexCells(edited, before);
    expect(itemsAt(after, s1.id, l0.id)).toBe(itemsAt(before, s1.id, l0.id));
    expect(itemsAt(after, s0.id, l0.id)).not.toBe(itemsAt(before, s0.id, l0.id));
  });

  it('returns the previous journey when an operation changed nothing', () => {
    const start = sampleJourney();
    const first = start.stages[0];
    if (!first) throw new Error('template without stages');
    expect(shareStructure(start, moveStage(start, first.id, 0))).toBe(start);
  });

  it('compares plain values deeply, ignoring undefined fields', () => {
    expect(deepEqual({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(deepEqual([], {})).toBe(false);
  });
});
