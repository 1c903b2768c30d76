import type { Journey } from '@waymark/domain';
import { JOURNEY_WINDOW_SECONDS, journeyFunnel, measuredStages } from '@waymark/domain';
import { z } from 'zod';
import { runFunnel } from './kernels/funnel';
import { runHealth } from './kernels/health';
import type { PreparedQuery } from './kernels/scope';
import { groupMasks, maskAt, scopeFor } from './kernels/scope';
import type { JourneyIndex } from './journey-index';
import type { EventStore } from './port';
import { funnelQuerySchema, healthQuerySchema, timeRangeSchema } from './query';
import { QueryBudget, underBudget } from './deadline';
import type { QueryOptions } from './run';

/** Options of `analyzeJourney`: scope, the conversion window, stall threshold and channel list length. */
export const journeyAnalysisOptionsSchema = z.object({
  timeRange: timeRangeSchema.default({}),
  /** Conversion window from the first measured stage (the domain's journey default). */
  windowSeconds: z.number().int().positive().default(JOURNEY_WINDOW_SECONDS),
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

/**
 * Channels of the users who reached each stage in the journey's funnel: per stage, the distinct users
 * of `levels[user] > s` with an event of that stage on the channel, most first. `prepared` is the
 * funnel's (its groups are the stages in step order).
 */
function channelsByStage(
  index: JourneyIndex,
  prepared: PreparedQuery,
  levels: Int32Array,
  limit: number,
): { channel: string; users: number }[][] {
  const masks = groupMasks(index, prepared);
  const n = prepared.groups.length;
  const c = index.channelNames.length;
  const counts = new Float64Array(n * c);
  const lastUser = new Int32Array(n * c).fill(-1);
  for (let user = 0; user < index.userIds.length; user++) {
    const level = levels[user] ?? 0;
    if (level === 0) continue;
    for (let row = index.userOffsets[user] ?? 0; row < (index.userOffsets[user + 1] ?? 0); row++) {
      const channel = index.channelCodes[row] ?? -1;
      if (channel === -1) continue;
      const mask = maskAt(masks, index, row);
      for (let s = 0; s < level; s++) {
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
 * median and p90 time to the next stage and the top channels of the users who reached it (all of
 * these from the journey's funnel: in order, within the window), and the health kernel's bounce,
 * regression, stall and loop figures (counted by the stage a user's events reach, in any order).
 * Runs under one deadline, like `runQuery` (`run`: signal and timeout).
 */
export async function analyzeJourney(
  journey: Journey,
  store: EventStore,
  input: JourneyAnalysisOptionsInput = {},
  run: QueryOptions = {},
): Promise<JourneyAnalysis> {
  const options = journeyAnalysisOptionsSchema.parse(input);
  const budget = new QueryBudget(run.timeoutMs, run.signal);
  const measured = measuredStages(journey);
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
  const { steps, windowSeconds } = journeyFunnel(journey, options.windowSeconds);
  const funnelQuery = funnelQuerySchema.parse({
    kind: 'funnel',
    steps,
    windowSeconds,
    timeRange: options.timeRange,
    perUser: true,
  });
  const healthQuery = healthQuerySchema.parse({
    kind: 'health',
    stages: steps,
    stageNames: measured.map((stage) => stage.name),
    stallDays: options.stallDays,
    timeRange: options.timeRange,
  });
  // The funnel's steps and the health stages are the same matchers in the same order, so one index
  // (one scope) serves the funnel, the health kernel and the channel counts.
  const prepared = scopeFor(funnelQuery);
  const index = await store.index(prepared.scope, budget);
  const funnel = underBudget(budget, () => runFunnel(index, funnelQuery, prepared));
  const health = underBudget(budget, () => runHealth(index, healthQuery, scopeFor(healthQuery)));
  const perUser = funnel.levels ?? {};
  const levels = Int32Array.from(index.userIds, (id) => perUser[id] ?? 0);
  const channels = channelsByStage(index, prepared, levels, options.topChannels);
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
