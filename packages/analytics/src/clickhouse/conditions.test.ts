import type { PropertyCondition } from '@waymark/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '../port';
import { makeEvent, useClickHouse } from './test-support';

const clickhouse = useClickHouse();

describe('property condition semantics [clickhouse]', () => {
  let store: EventStore;
  const props: Record<string, Record<string, string | number | boolean | null>> = {
    text30: { v: '30' },
    num30: { v: 30 },
    num9: { v: 9.5 },
    textAbc: { v: 'abc' },
    boolTrue: { v: true },
    nullV: { v: null },
    missing: {},
    emptyText: { v: '' },
  };

  beforeAll(async () => {
    store = await clickhouse.newStore();
    await store.append(
      Object.entries(props).map(([userId, properties]) => makeEvent({ userId, properties })),
    );
  });

  afterAll(async () => {
    await store.close();
  });

  const cases: [PropertyCondition, string[]][] = [
    [{ property: 'v', operator: 'eq', value: 30 }, ['num30', 'text30']],
    [{ property: 'v', operator: 'eq', value: '30' }, ['num30', 'text30']],
    [{ property: 'v', operator: 'eq', value: '' }, ['emptyText']],
    [{ property: 'v', operator: 'eq', value: true }, ['boolTrue']],
    [
      { property: 'v', operator: 'neq', value: 30 },
      ['boolTrue', 'emptyText', 'missing', 'nullV', 'num9', 'textAbc'],
    ],
    [{ property: 'v', operator: 'in', value: ['abc', 9.5] }, ['num9', 'textAbc']],
    [{ property: 'v', operator: 'contains', value: 'b' }, ['textAbc']],
    [{ property: 'v', operator: 'contains', value: '3' }, ['num30', 'text30']],
    [{ property: 'v', operator: 'gt', value: 10 }, ['num30', 'text30']],
    [{ property: 'v', operator: 'lte', value: 9.5 }, ['num9']],
    [{ property: 'v', operator: 'gt', value: '4' }, ['boolTrue', 'num9', 'textAbc']],
    [{ property: 'v', operator: 'exists' }, ['boolTrue', 'emptyText', 'num30', 'num9', 'text30', 'textAbc']],
  ];
  for (const [condition, users] of cases) {
    it(`${condition.operator} ${JSON.stringify(condition.value ?? null)}`, async () => {
      const index = await store.index({ filters: [condition] });
      expect([...index.userIds].sort()).toEqual([...users].sort());
      const masked = await store.index({ conditionSets: [[condition]] });
      const matched = masked.userIds.filter(
        (_, user) => (masked.conditionMasks?.[masked.userOffsets[user] ?? 0] ?? 0) === 1,
      );
      expect([...matched].sort()).toEqual([...users].sort());
    });
  }

  it('refuses values that do not fit the operator, naming the property', async () => {
    await expect(store.index({ filters: [{ property: 'v', operator: 'in', value: 'x' }] })).rejects.toThrow(
      /"in" on "v"/,
    );
    await expect(
      store.index({ filters: [{ property: 'v', operator: 'contains', value: 3 }] }),
    ).rejects.toThrow(/needs text/);
    await expect(store.index({ filters: [{ property: 'v', operator: 'eq', value: [1] }] })).rejects.toThrow(
      /single value/,
    );
  });

  it('takes a capped in-list of long values (one array literal, longer than the default max_query_size)', async () => {
    const long = Array.from({ length: 10_000 }, (_, i) => `${'x'.repeat(100)}${i}`);
    const index = await store.index({
      filters: [{ property: 'v', operator: 'in', value: [...long, 'abc', 9.5] }],
    });
    expect([...index.userIds].sort()).toEqual(['num9', 'textAbc']);
  });

  it('reads property columns as text, null and missing as -1', async () => {
    const index = await store.index({ properties: ['v'] });
    const column = index.properties.get('v');
    const byUser = Object.fromEntries(
      index.userIds.map((user, u) => {
        const code = column?.codes[index.userOffsets[u] ?? 0] ?? -1;
        return [user, code === -1 ? null : (column?.values[code] ?? null)];
      }),
    );
    expect(byUser).toEqual({
      text30: '30',
      num30: '30',
      num9: '9.5',
      textAbc: 'abc',
      boolTrue: 'true',
      nullV: null,
      missing: null,
      emptyText: '',
    });
    expect(column?.values).toEqual(['', '30', '9.5', 'abc', 'true']);
  });
});
