import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../duckdb/store';
import { runQuery } from '../run';
import { ev, MINUTE, names, storeWith } from './test-store';

/**
 * Hand-worked paths. Sessions with the default 30 minute idle gap:
 *   a: [home, search, product_1, product_2, cart] then 40 min idle, [home, product_3]
 *   b: [home] then 50 min idle, [product_1, cart]
 *   c (session ids): c1 [home, home, product_9], c2 [cart]
 */
const events = [
  ev('a', 'home', 0),
  ev('a', 'search', 5 * MINUTE),
  ev('a', 'product_1', 10 * MINUTE),
  ev('a', 'product_2', 12 * MINUTE),
  ev('a', 'cart', 20 * MINUTE),
  ev('a', 'home', 60 * MINUTE),
  ev('a', 'product_3', 65 * MINUTE),
  ev('b', 'home', 0),
  ev('b', 'product_1', 50 * MINUTE),
  ev('b', 'cart', 55 * MINUTE),
  ev('c', 'home', 0, { sessionId: 'c1' }),
  ev('c', 'home', MINUTE, { sessionId: 'c1' }),
  ev('c', 'product_9', 2 * MINUTE, { sessionId: 'c1' }),
  ev('c', 'cart', 3 * MINUTE, { sessionId: 'c2' }),
];
const cleanProducts = [{ pattern: 'product_*', alias: 'product' }];

let store: DuckDbEventStore;
beforeAll(async () => {
  store = await storeWith(events);
});
afterAll(async () => {
  await store.close();
});

describe('paths kernel', () => {
  it('splits sessions after 30 idle minutes (or by session id) and cleans names', async () => {
    const result = await runQuery(store, { kind: 'paths', cleaning: cleanProducts, topN: 3 });
    expect(result.total).toBe(6);
    // All six paths occur once; ties are ordered by their text.
    expect(result.paths).toEqual([
      { events: ['cart'], count: 1 },
      { events: ['home'], count: 1 },
      { events: ['home', 'home', 'product'], count: 1 },
    ]);
  });

  it('keys Sankey nodes by step position so a repeat draws forward, counting transitions', async () => {
    const result = await runQuery(store, { kind: 'paths', cleaning: cleanProducts });
    expect(result.nodes.map((n) => [n.id, n.count])).toEqual([
      ['1:home', 4],
      ['1:cart', 1],
      ['1:product', 1],
      ['2:cart', 1],
      ['2:home', 1],
      ['2:product', 1],
      ['2:search', 1],
      ['3:product', 2],
      ['4:product', 1],
      ['5:cart', 1],
    ]);
    expect(result.edges.map((e) => `${e.source}>${e.target}=${e.count}`).sort()).toEqual(
      [
        '1:home>2:search=1',
        '2:search>3:product=1',
        '3:product>4:product=1',
        '4:product>5:cart=1',
        '1:home>2:product=1',
        '1:product>2:cart=1',
        '1:home>2:home=1',
        '2:home>3:product=1',
      ].sort(),
    );
  });

  it('honours a configurable idle gap and the step limit', async () => {
    const result = await runQuery(store, {
      kind: 'paths',
      sessionIdleSeconds: 45 * 60,
      maxSteps: 3,
    });
    // a is now one session of seven events (cut to three); b's 50 minute gap still splits it.
    expect(result.total).toBe(5);
    expect(result.paths).toContainEqual({ events: ['home', 'search', 'product_1'], count: 1 });
    expect(result.paths).toContainEqual({ events: ['home'], count: 1 });
  });

  it('starts at the first start event and ends at the first end event after it', async () => {
    const result = await runQuery(store, {
      kind: 'paths',
      startPoint: [{ type: 'event_prefix', prefix: 'product_' }],
      endPoint: names('cart'),
    });
    expect(result.total).toBe(2);
    expect(result.paths).toEqual([
      { events: ['product_1', 'cart'], count: 1 },
      { events: ['product_1', 'product_2', 'cart'], count: 1 },
    ]);
    const collapsed = await runQuery(store, {
      kind: 'paths',
      startPoint: [{ type: 'event_prefix', prefix: 'product_' }],
      endPoint: names('cart'),
      cleaning: cleanProducts,
      collapseRepeats: true,
    });
    expect(collapsed.paths).toEqual([{ events: ['product', 'cart'], count: 2 }]);
  });

  it('with only an end point keeps the last steps before it', async () => {
    const result = await runQuery(store, { kind: 'paths', endPoint: names('cart'), maxSteps: 2 });
    expect(result.total).toBe(3);
    expect(result.paths).toEqual([
      { events: ['cart'], count: 1 },
      { events: ['product_1', 'cart'], count: 1 },
      { events: ['product_2', 'cart'], count: 1 },
    ]);
  });
});
