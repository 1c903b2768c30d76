import { describe, expect, it } from 'vitest';
import { dfgQuerySchema, funnelQuerySchema } from '../query';
import { runDfg } from './dfg';
import { runFunnel } from './funnel';
import { MINUTE, names, seededRandom, storeWith, ev } from './test-store';
import { scopeFor } from './scope';

const EVENTS = ['a', 'b', 'c', 'd', 'x'];

/** Random journeys: 300 users, up to 12 events each, minutes to days apart (ties included). */
function journeys(seed: number): ReturnType<typeof ev>[] {
  const random = seededRandom(seed);
  const events: ReturnType<typeof ev>[] = [];
  for (let u = 0; u < 300; u++) {
    let at = 0;
    for (let i = Math.floor(random() * 12); i > 0; i--) {
      at += random() < 0.2 ? 0 : Math.floor(random() * 3 * 24 * 60) * MINUTE;
      events.push(ev(`u${u}`, EVENTS[Math.floor(random() * EVENTS.length)] ?? 'x', at));
    }
  }
  return events;
}

describe('fused default funnel', () => {
  it('gives the walker’s answers (an exclusion that never matches forces the walker)', async () => {
    for (const seed of [1, 2, 3]) {
      const store = await storeWith(journeys(seed));
      try {
        const base = {
          kind: 'funnel' as const,
          steps: [names('a'), names('b', 'a'), names('c'), names('d')],
          windowSeconds: 2 * 86_400,
          perUser: true,
        };
        const fast = funnelQuerySchema.parse(base);
        const walked = funnelQuerySchema.parse({
          ...base,
          exclusions: [{ matchers: names('never'), fromStep: 1, toStep: 2 }],
        });
        const index = await store.index(scopeFor(fast).scope);
        const expected = runFunnel(index, walked, scopeFor(walked));
        const actual = runFunnel(index, fast, scopeFor(fast));
        expect(actual).toEqual(expected);
        expect(actual.steps[0]?.users).toBeGreaterThan(0);
        expect(actual.steps[3]?.users).toBeGreaterThan(0);
      } finally {
        await store.close();
      }
    }
  });

  it('counts directly-follows edges and medians like a plain recount', async () => {
    const events = journeys(9);
    const store = await storeWith(events);
    try {
      const dfg = runDfg(await store.index(), dfgQuerySchema.parse({ kind: 'dfg' }));
      const byUser = new Map<string, { event: string; timestamp: number }[]>();
      for (const event of events) {
        const list = byUser.get(event.userId) ?? [];
        list.push({ event: event.event, timestamp: event.timestamp });
        byUser.set(event.userId, list);
      }
      const deltas = new Map<string, number[]>();
      for (const list of byUser.values()) {
        list.sort((a, b) => a.timestamp - b.timestamp);
        for (let i = 1; i < list.length; i++) {
          const key = `${list[i - 1]?.event}>${list[i]?.event}`;
          deltas.set(key, [
            ...(deltas.get(key) ?? []),
            (list[i]?.timestamp ?? 0) - (list[i - 1]?.timestamp ?? 0),
          ]);
        }
      }
      expect(dfg.edges.length).toBe(deltas.size);
      for (const edge of dfg.edges) {
        const values = (deltas.get(`${edge.from}>${edge.to}`) ?? []).sort((a, b) => a - b);
        const mid = values.length >> 1;
        const median =
          values.length % 2 === 1 ? (values[mid] ?? 0) : ((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2;
        expect(edge.count).toBe(values.length);
        expect(edge.medianSeconds).toBe(Math.round(median) / 1000);
      }
    } finally {
      await store.close();
    }
  });
});
