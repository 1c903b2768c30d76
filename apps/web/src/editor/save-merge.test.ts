import { describe, expect, it } from 'vitest';
import {
  addItem,
  createFromTemplate,
  deepEqual,
  updateItem,
  updateJourney,
  type Journey,
} from '@waymark/domain';
import { newItem } from './new-item';
import { rebaseHistory, rebaseJourney } from './save-merge';
import { historyOf, pushHistory, redoHistory, undoHistory } from './use-history';

function start(): Journey {
  const journey = createFromTemplate('current-state', { locale: 'en', title: 'Merge sample' });
  const [stage] = journey.stages;
  const [lane] = journey.lanes;
  if (!stage || !lane) throw new Error('template without cells');
  return addItem(journey, { ...newItem('card', stage.id, lane.id, 'Shared card'), id: 'itm_shared' });
}

const cellOf = (j: Journey) => ({ stageId: j.stages[1]?.id ?? '', laneId: j.lanes[0]?.id ?? '' });
const texts = (j: Journey) => j.items.map((i) => i.text).sort();

describe('re-applying local edits on a newer revision', () => {
  it('keeps both sides when they changed different things', () => {
    const base = start();
    const { stageId, laneId } = cellOf(base);
    const theirs = addItem(base, { ...newItem('card', stageId, laneId, 'Their card'), id: 'itm_theirs' });
    const mine = updateItem(base, 'itm_shared', { text: 'My edit' });
    const result = rebaseJourney({ base, theirs }, mine);
    expect(result.conflicts).toEqual([]);
    expect(texts(result.journey)).toEqual(['My edit', 'Their card']);
  });

  it('returns theirs itself when nothing of mine is left', () => {
    const base = start();
    const theirs = updateJourney(base, { title: 'Same title' });
    const mine = updateJourney(base, { title: 'Same title' });
    expect(rebaseJourney({ base, theirs }, mine).journey).toBe(theirs);
  });

  it('leaves a true conflict open with both values until a choice settles it', () => {
    const base = start();
    const theirs = updateItem(base, 'itm_shared', { text: 'Their text' });
    const mine = updateItem(base, 'itm_shared', { text: 'My text' });
    const open = rebaseJourney({ base, theirs }, mine);
    expect(open.open).toHaveLength(1);
    expect(open.open[0]).toMatchObject({
      kind: 'field',
      field: 'text',
      theirs: 'Their text',
      mine: 'My text',
    });
    const key = open.open[0]?.key ?? '';
    expect(texts(open.journey)).toEqual(['Their text']);
    const chosen = rebaseJourney({ base, theirs }, mine, { [key]: 'mine' });
    expect(chosen.open).toEqual([]);
    expect(texts(chosen.journey)).toEqual(['My text']);
  });

  it('moves undo steps onto theirs, so undo never takes their change away', () => {
    const base = start();
    const { stageId, laneId } = cellOf(base);
    const theirs = addItem(base, { ...newItem('card', stageId, laneId, 'Their card'), id: 'itm_theirs' });
    let history = historyOf(base);
    history = pushHistory(history, updateItem(base, 'itm_shared', { text: 'Step one' }));
    history = pushHistory(history, updateItem(history.present, 'itm_shared', { text: 'Step two' }));
    const merged = rebaseJourney({ base, theirs }, history.present).journey;
    const moved = rebaseHistory(history, { base, theirs }, merged);
    expect(moved.present).toBe(merged);
    const once = undoHistory(moved, deepEqual);
    expect(texts(once.present)).toEqual(['Step one', 'Their card']);
    const twice = undoHistory(once, deepEqual);
    expect(texts(twice.present)).toEqual(['Shared card', 'Their card']);
    expect(texts(redoHistory(twice, deepEqual).present)).toEqual(['Step one', 'Their card']);
  });

  it('skips undo steps that became equal to the present', () => {
    const base = start();
    const theirs = updateJourney(base, { title: 'Their title' });
    let history = historyOf(base);
    history = pushHistory(history, updateJourney(base, { title: 'My first title' }));
    history = pushHistory(history, updateItem(history.present, 'itm_shared', { text: 'Edited' }));
    const key = rebaseJourney({ base, theirs }, history.present).open[0]?.key ?? '';
    const choices = { [key]: 'theirs' as const };
    const merged = rebaseJourney({ base, theirs }, history.present, choices).journey;
    const moved = rebaseHistory(history, { base, theirs }, merged, choices);
    // Base and "My first title" both become "Their title" with the shared card unedited: one
    // undo reaches it, and there is nothing further back.
    const undone = undoHistory(moved, deepEqual);
    expect(undone.present.title).toBe('Their title');
    expect(texts(undone.present)).toEqual(['Shared card']);
    expect(undoHistory(undone, deepEqual)).toBe(undone);
  });
});
