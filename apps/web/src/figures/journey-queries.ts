import type {
  AttributionQueryBody,
  Journey,
  PathsQueryBody,
  Stage,
  TimeToConvertQueryBody,
} from '@waymark/domain';

/**
 * Analytics query descriptions derived from a journey map: its measured stages (those with event
 * matchers) in map order become funnel steps. Typed by the domain query schemas the server validates with.
 */

/** Conversion window between the first and last stage; the same default the figures use. */
export const JOURNEY_WINDOW_SECONDS = 30 * 86_400;

/** The stages that carry event matchers, in map order. */
export function measuredStages(journey: Journey): Stage[] {
  return journey.stages.filter((stage) => stage.matchers.length > 0);
}

/** Time to convert from the first measured stage to the last (needs two measured stages). */
export function timeToConvertQuery(journey: Journey): TimeToConvertQueryBody | undefined {
  const stages = measuredStages(journey);
  if (stages.length < 2) return undefined;
  return {
    steps: stages.map((stage) => stage.matchers),
    windowSeconds: JOURNEY_WINDOW_SECONDS,
    fromStep: 1,
    toStep: stages.length,
    histogramBins: 12,
  };
}

/** Top session paths that start where the journey starts (its first measured stage). */
export function pathsQuery(journey: Journey): PathsQueryBody {
  const first = measuredStages(journey)[0];
  return {
    ...(first ? { startPoint: first.matchers } : {}),
    maxSteps: 5,
    collapseRepeats: true,
    topN: 12,
  };
}

/** Channel attribution of the journey's conversion: its last measured stage. */
export function attributionQuery(journey: Journey): AttributionQueryBody | undefined {
  const stages = measuredStages(journey);
  const last = stages[stages.length - 1];
  if (!last || stages.length < 2) return undefined;
  return { conversion: last.matchers };
}
