import type { Journey } from '@waymark/domain';
import { z } from 'zod';
import { runHealth } from './kernels/health';
import type { PreparedQuery } from './kernels/scope';
import { groupMasks, maskAt, scopeFor } from './kernels/scope';
import type { JourneyIndex } from './journey-index';
import type { EventStore } from './port';
import { healthQuerySchema, timeRangeSchema } from './query';
import { runQuery } from './run';

/** Options of `analyzeJourney`: scope, the window between stages, stall threshold and channel list length. */
export const journeyAnalysisOptionsSchema = z.object({
  timeRange: timeRangeSchema.default({}),
  windowSeconds: z
    .number()
    .int()
    .positive()
    .default(30 * 86_400),
  stallDays: z.number().positive().default(7),
  topChannels: z.number().int().min(0).max(50).default(3),
});
export type JourneyAnalysisOptionsInput = z.input<typeof journeyAnalysisOptionsSchema>;

/** Figures of one stage; `measured` is false for stages without event matchers (all figures then 0/null). */
export interface StageAnalysis {
  stageId: string;
  name: string;
  measured: boolean;
  users: number;
  conversionFromPrevious: number | null;
  dropOff: number;
  medianSecondsToNext: number | null;
  p90SecondsToNext: number | null;
  topChannels: { channel: string; users: number }[];
  bounced: number;
  regressed: number;
  stalled: number;
  looped: number;
}

/** The measured journey: per stage figures over the stages that carry matchers, in map order. */
export interface JourneyAnalysis {
  journeyId: string;
  users: number;
  converted: number;
  stages: StageAnalysis[];
}

/** Users per channel among events of each stage (distinct users), most first; `prepared` is the health query's. */
function channelsByStage(
  index: JourneyIndex,
  prepared: PreparedQuery,
  limit: number,
): { channel: string; users: number }[][] {
  const masks = groupMasks(index, prepared);
  const n = prepared.groups.length;
  const c = index.channelNames.length;
  const counts = new Float64Array(n * c);
  const lastUser = new Int32Array(n * c).fill(-1);
  for (let user = 0; user < index.userIds.length; user++) {
    for (let row = index.userOffsets[user] ?? 0; row < (index.userOffsets[user + 1] ?? 0); row++) {
      const channel = index.channelCodes[row] ?? -1;
      if (channel === -1) continue;
      const mask = maskAt(masks, index, row);
      for (let s = 0; s < n; s++) {
        const slot = s * c + channel;
        if (((mask >>> s) & 1) === 0 || lastUser[slot] === user) continue;
        lastUser[slot] = user;
        counts[slot] = (counts[slot] ?? 0) + 1;
      }
    }
  }
  return Array.from({ length: n }, (_, s) =>
    index.channelNames
      .map((channel, code) => ({ channel, users: counts[s * c + code] ?? 0 }))
      .filter((entry) => entry.users > 0)
      .sort((a, b) => b.users - a.users || (a.channel < b.channel ? -1 : 1))
      .slice(0, limit),
  );
}

/**
 * Binds a journey map to measured events: its stages (with matchers) become funnel steps and health
 * stages. Returns per stage users reached, conversion from the previous measured stage, drop-off,
 * median and p90 time to the next stage, top channels, bounce, regression, stall and loop figures.
 */
export async function analyzeJourney(
  journey: Journey,
  store: EventStore,
  input: JourneyAnalysisOptionsInput = {},
): Promise<JourneyAnalysis> {
  const options = journeyAnalysisOptionsSchema.parse(input);
  const measured = journey.stages.filter((stage) => stage.matchers.length > 0);
  const empty = (stage: Journey['stages'][number], isMeasured: boolean): StageAnalysis => ({
    stageId: stage.id,
    name: stage.name,
    measured: isMeasured,
    users: 0,
    conversionFromPrevious: null,
    dropOff: 0,
    medianSecondsToNext: null,
    p90SecondsToNext: null,
    topChannels: [],
    bounced: 0,
    regressed: 0,
    stalled: 0,
    looped: 0,
  });
  if (measured.length === 0) {
    return {
      journeyId: journey.id,
      users: 0,
      converted: 0,
      stages: journey.stages.map((stage) => empty(stage, false)),
    };
  }
  const steps = measured.map((stage) => stage.matchers);
  const funnel = await runQuery(store, {
    kind: 'funnel',
    steps,
    windowSeconds: options.windowSeconds,
    timeRange: options.timeRange,
  });
  const healthQuery = healthQuerySchema.parse({
    kind: 'health',
    stages: steps,
    stageNames: measured.map((stage) => stage.name),
    stallDays: options.stallDays,
    timeRange: options.timeRange,
  });
  // One index serves both the health kernel and the channel counts.
  const prepared = scopeFor(healthQuery);
  const index = await store.index(prepared.scope);
  const health = runHealth(index, healthQuery, prepared);
  const channels = channelsByStage(index, prepared, options.topChannels);
  const byId = new Map<string, StageAnalysis>();
  measured.forEach((stage, s) => {
    const step = funnel.steps[s];
    const next = funnel.steps[s + 1];
    const figures = health.stages[s];
    byId.set(stage.id, {
      ...empty(stage, true),
      users: step?.users ?? 0,
      conversionFromPrevious: s === 0 ? null : (step?.conversionFromPrevious ?? 0),
      dropOff: next ? (step?.users ?? 0) - next.users : 0,
      medianSecondsToNext: next?.medianSeconds ?? null,
      p90SecondsToNext: next?.p90Seconds ?? null,
      topChannels: channels[s] ?? [],
      bounced: figures?.bounced ?? 0,
      regressed: figures?.regressed ?? 0,
      stalled: figures?.stalled ?? 0,
      looped: figures?.looped ?? 0,
    });
  });
  return {
    journeyId: journey.id,
    users: health.users,
    converted: funnel.steps[funnel.steps.length - 1]?.users ?? 0,
    stages: journey.stages.map((stage) => byId.get(stage.id) ?? empty(stage, false)),
  };
}
