import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../testing/assertions';
import { makeJourney } from '../testing/factories';
import { copyTitle, duplicateJourney } from './duplicate';

function counter(): (prefix: string) => string {
  let n = 0;
  return (prefix) => `${prefix}_${String(++n).padStart(3, '0')}`;
}

describe('duplicateJourney', () => {
  const original = deepFreeze(
    makeJourney({
      currentStateId: 'jrn_current',
      dividers: [{ kind: 'line_of_interaction', afterLaneId: 'lan_act' }],
      items: [
        ...makeJourney().items.map((item) =>
          item.id === 'itm_pain'
            ? { ...item, evidence: [{ id: 'evd_1', source: 'survey' as const, basis: 'observed' as const }] }
            : item,
        ),
      ],
    }),
  );

  it('gives the copy, its stages, lanes, items and evidence fresh ids and a localised copy title', () => {
    const copy = duplicateJourney(original);
    const oldIds = new Set([
      original.id,
      ...original.stages.map((s) => s.id),
      ...original.lanes.map((l) => l.id),
      ...original.items.flatMap((i) => [i.id, ...i.evidence.map((e) => e.id)]),
    ]);
    const newIds = [
      copy.id,
      ...copy.stages.map((s) => s.id),
      ...copy.lanes.map((l) => l.id),
      ...copy.items.flatMap((i) => [i.id, ...i.evidence.map((e) => e.id)]),
    ];
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);
    expect(new Set(newIds).size).toBe(newIds.length);
    expect(copy.id).toMatch(/^jrn_[0-9a-f]{12}$/);
    expect(copy.title).toBe('Copy of Online store');
    expect(duplicateJourney(original, { title: 'Mine' }).title).toBe('Mine');
  });

  it('keeps every reference inside the map pointing at the copied things', () => {
    const copy = duplicateJourney(original, { makeId: counter() });
    const stageOf = new Map(original.stages.map((s, i) => [s.id, copy.stages[i]?.id]));
    const laneOf = new Map(original.lanes.map((l, i) => [l.id, copy.lanes[i]?.id]));
    const itemOf = new Map(original.items.map((it, i) => [it.id, copy.items[i]?.id]));
    original.items.forEach((item, i) => {
      const twin = copy.items[i];
      expect(twin?.stageId).toBe(stageOf.get(item.stageId));
      expect(twin?.laneId).toBe(laneOf.get(item.laneId));
      expect(twin?.text).toBe(item.text);
    });
    const opportunity = copy.items.find((i) => i.type === 'opportunity');
    expect(opportunity?.type === 'opportunity' && opportunity.painPointIds).toEqual([itemOf.get('itm_pain')]);
    const emotion = copy.items.find((i) => i.type === 'emotion_point');
    expect(emotion?.type === 'emotion_point' && emotion.personaId).toBe('per_a');
    expect(copy.dividers).toEqual([{ kind: 'line_of_interaction', afterLaneId: laneOf.get('lan_act') }]);
    expect(copy.personaIds).toEqual(original.personaIds);
    expect(copy.currentStateId).toBe('jrn_current');
    expect(copy.items.find((i) => i.text === 'Shipping cost shown late')?.evidence).toEqual([
      { id: 'evd_015', source: 'survey', basis: 'observed' },
    ]);
  });

  it('names copies in every locale and keeps long titles within the limit', () => {
    expect(copyTitle('ร้านค้า', 'th')).toBe('สำเนาของ ร้านค้า');
    expect(copyTitle('網店', 'zh-TW')).toBe('網店的副本');
    expect(copyTitle('Cửa hàng', 'vi')).toBe('Bản sao của Cửa hàng');
    expect(copyTitle('فروشگاه', 'fa')).toBe('رونوشتِ فروشگاه');
    const long = copyTitle('x'.repeat(500), 'en');
    expect([...long].length).toBe(500);
    expect(long.startsWith('Copy of x')).toBe(true);
    expect(duplicateJourney({ ...original, title: 'y'.repeat(500) }).title.length).toBe(500);
  });
});
