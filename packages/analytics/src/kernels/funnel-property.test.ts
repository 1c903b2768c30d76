import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { JourneyIndex } from '../journey-index';
import { funnelQuerySchema } from '../query';
import type { FunnelMode, FunnelQuery, FunnelQueryInput } from '../query';
import { runFunnel } from './funnel';
import { referenceAttemptValid, referenceLevel } from './funnel-reference';
import type { ReferenceEvent, ReferenceFunnel } from './funnel-reference';
import { FunnelWalker } from './funnel-walker';
import { groupMasks, scopeFor } from './scope';

/**
 * Property tests: the funnel kernel against the brute-force reference (`funnel-reference.ts`) on
 * 10,000 seeded random sequences per mode: the deepest step, and that the attempt whose conversion
 * times are reported is one the mode's rules allow. Sequences are short (up to 8 events of 5 names, ties
 * included), steps overlap (a step is one or two names), windows are from 1 to 30 minutes.
 */

const NAMES = ['a', 'b', 'c', 'd', 'x'];
const MINUTE = 60_000;
const RUNS = 10_000;

interface Case {
  events: ReferenceEvent[];
  steps: string[][];
  windowMinutes: number;
}

const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    names: fc.array(fc.constantFrom(...NAMES), { maxLength: 8 }),
    gaps: fc.array(fc.constantFrom(0, 0, 1, 2, 5), { minLength: 8, maxLength: 8 }),
    steps: fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 2 }), {
      minLength: 1,
      maxLength: 4,
    }),
    windowMinutes: fc.constantFrom(1, 2, 5, 30),
  })
  .map(({ names, gaps, steps, windowMinutes }) => {
    let ts = 0;
    const events = names.map((name, i) => {
      ts += (gaps[i] ?? 0) * MINUTE;
      return { name, ts };
    });
    return { events, steps, windowMinutes };
  });

/** A journey index holding one user whose events are `events` (already in order). */
function indexOf(events: readonly ReferenceEvent[]): JourneyIndex {
  const n = events.length;
  return {
    eventCount: n,
    userIds: ['u'],
    userOffsets: Int32Array.from([0, n]),
    timestamps: Float64Array.from(events, (event) => event.ts),
    seqs: Float64Array.from(events, (_, i) => i + 1),
    eventCodes: Int32Array.from(events, (event) => NAMES.indexOf(event.name)),
    eventNames: NAMES,
    channelCodes: new Int32Array(n).fill(-1),
    channelNames: [],
    sessionCodes: new Int32Array(n).fill(-1),
    conditionMasks: null,
    properties: new Map(),
  };
}

/** The parsed funnel of a mode set; each case replaces its steps and window (valid by construction). */
function baseQuery(modes: FunnelMode[], extra: Partial<FunnelQueryInput>): FunnelQuery {
  return funnelQuerySchema.parse({
    kind: 'funnel',
    steps: [[{ type: 'event_equals', event: 'a' }]],
    windowSeconds: 60,
    modes,
    perUser: true,
    ...extra,
  });
}

/**
 * The kernel's deepest step for the case, or -1 when the walker's counted attempt (the rows conversion
 * times are measured on) is not one the rules allow.
 */
function kernelLevel(c: Case, base: FunnelQuery, funnel: ReferenceFunnel): number {
  const query: FunnelQuery = {
    ...base,
    steps: c.steps.map((events) => [{ type: 'event_in', events }]),
    windowSeconds: c.windowMinutes * 60,
  };
  const index = indexOf(c.events);
  const prepared = scopeFor(query);
  const level = runFunnel(index, query, prepared).levels?.['u'] ?? -1;
  const walker = new FunnelWalker(query, index, groupMasks(index, prepared));
  walker.walk(0, c.events.length);
  const rows = new Int32Array(c.steps.length);
  const length = walker.fillChain(rows);
  if (walker.level !== level || length !== level) return -1;
  return referenceAttemptValid(c.events, funnel, Array.from(rows.subarray(0, length))) ? level : -1;
}

const MODE_SETS: { name: string; modes: FunnelMode[]; extra?: Partial<FunnelQueryInput> }[] = [
  { name: 'default (fused pass)', modes: [] },
  // A breakdown takes the general walker instead of the fused pass.
  {
    name: 'default (walker)',
    modes: [],
    extra: { breakdown: { by: 'channel', attribution: 'first_touch' } },
  },
  { name: 'unordered', modes: [], extra: { ordered: false } },
  { name: 'strict_order', modes: ['strict_order'] },
  { name: 'strict_order + allow_reentry', modes: ['strict_order', 'allow_reentry'] },
  { name: 'strict_deduplication', modes: ['strict_deduplication'] },
  { name: 'strict_increase', modes: ['strict_increase'] },
  { name: 'strict_once', modes: ['strict_once'] },
  { name: 'strict_deduplication + strict_once', modes: ['strict_deduplication', 'strict_once'] },
  { name: 'strict_deduplication + strict_increase', modes: ['strict_deduplication', 'strict_increase'] },
  {
    name: 'allow_reentry + strict_deduplication',
    modes: ['strict_order', 'allow_reentry', 'strict_deduplication'],
  },
  { name: 'allow_reentry + strict_once', modes: ['strict_order', 'allow_reentry', 'strict_once'] },
  { name: 'allow_reentry + strict_increase', modes: ['strict_order', 'allow_reentry', 'strict_increase'] },
  { name: 'strict_order + strict_increase', modes: ['strict_order', 'strict_increase'] },
];

describe('funnel kernel equals the brute-force reference', () => {
  MODE_SETS.forEach(({ name, modes, extra = {} }, i) => {
    it(`${name}: ${RUNS} seeded random sequences`, () => {
      const base = baseQuery(modes, extra);
      fc.assert(
        fc.property(caseArbitrary, (c) => {
          const funnel = {
            steps: c.steps,
            windowMs: c.windowMinutes * MINUTE,
            modes,
            ordered: extra.ordered ?? true,
          };
          return kernelLevel(c, base, funnel) === referenceLevel(c.events, funnel);
        }),
        { seed: 12_000 + i, numRuns: RUNS },
      );
    });
  });
});
