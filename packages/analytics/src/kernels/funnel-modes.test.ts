import { afterEach, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../duckdb/store';
import { funnelQuerySchema } from '../query';
import type { FunnelMode, Step } from '../query';
import { runQuery } from '../run';
import { ev, MINUTE, names, storeWith } from './test-store';

let store: DuckDbEventStore | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

/** The deepest step of one user whose events are `sequence`, a minute apart. */
async function level(
  sequence: string[],
  steps: Step[],
  modes: FunnelMode[] = [],
  ordered = true,
): Promise<number> {
  store = await storeWith(sequence.map((name, i) => ev('u', name, i * MINUTE)));
  const result = await runQuery(store, {
    kind: 'funnel',
    steps,
    windowSeconds: 3600,
    modes,
    ordered,
    perUser: true,
  });
  await store.close();
  store = null;
  return result.levels?.['u'] ?? 0;
}

const abcd = [names('a'), names('b'), names('c'), names('d')];
const abc = [names('a'), names('b'), names('c')];

describe('funnel modes: the minimal cases of issue 12', () => {
  it('strict_deduplication stops at the deepest step reached, not at the previous event', async () => {
    expect(await level(['a', 'b', 'a', 'b'], abcd, ['strict_deduplication'])).toBe(2);
    expect(await level(['a', 'b', 'd', 'b'], abcd, ['strict_deduplication'])).toBe(2);
    expect(await level(['a', 'b', 'd', 'b'], abcd, ['strict_deduplication', 'strict_once'])).toBe(2);
    expect(await level(['a', 'b', 'c', 'b', 'd'], abcd, ['strict_deduplication'])).toBe(3);
  });

  it('the unordered funnel reaches the most steps whatever the order of shared events', async () => {
    const steps = [names('main', 'catalog'), names('catalog', 'product')];
    expect(await level(['catalog', 'main'], steps, [], false)).toBe(2);
    expect(await level(['main', 'catalog'], steps, [], false)).toBe(2);
    expect(await level(['catalog', 'catalog'], steps, [], false)).toBe(2);
    expect(await level(['catalog'], steps, [], false)).toBe(1);
  });

  it('strict_order stops when an earlier step repeats; allow_reentry keeps the older reading', async () => {
    expect(await level(['a', 'b', 'a', 'c'], abc, ['strict_order'])).toBe(2);
    expect(await level(['a', 'b', 'a', 'c'], abc, ['strict_order', 'allow_reentry'])).toBe(3);
    expect(await level(['a', 'a', 'b', 'c'], abc, ['strict_order'])).toBe(1);
    expect(await level(['a', 'a', 'b', 'c'], abc, ['strict_order', 'allow_reentry'])).toBe(3);
    // Both: an event that is no step ends the walk; events before the first step are ignored.
    expect(await level(['x', 'a', 'b', 'x', 'c'], abc, ['strict_order'])).toBe(2);
    expect(await level(['x', 'a', 'b', 'x', 'c'], abc, ['strict_order', 'allow_reentry'])).toBe(2);
    expect(await level(['c', 'a', 'b', 'c'], abc, ['strict_order'])).toBe(3);
  });

  it('refuses allow_reentry without strict_order', () => {
    const parsed = funnelQuerySchema.safeParse({
      kind: 'funnel',
      steps: abc,
      windowSeconds: 60,
      modes: ['allow_reentry'],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('the allow_reentry mode modifies strict_order: give both');
  });
});
