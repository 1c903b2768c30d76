import type { AttributionResult, Journey, PathsResult, TimeToConvertResult } from '@waymark/domain';
import { journeyAttributionQuery, journeyPathsQuery, journeyTimeToConvertQuery } from '@waymark/domain';
import { api } from '../lib/api';
import { useAsync, type AsyncState } from '../lib/use-async';

/** A load that is not asked for (the journey has too few measured stages) is `skipped`. */
export type Optional<T> = { skipped: true } | { skipped: false; value: T };

/** What the figures panel shows below the stage figures, each loaded on its own. */
export interface AnalyticsData {
  ttc: AsyncState<Optional<TimeToConvertResult>>;
  paths: AsyncState<PathsResult>;
  attribution: AsyncState<Optional<AttributionResult>>;
}

/** A key that changes when anything the queries depend on changes: stage ids, order and matchers. */
export function stagesKey(journey: Journey, tick: number): string {
  return `${journey.id}|${tick}|${JSON.stringify(journey.stages.map((s) => [s.id, s.matchers]))}`;
}

/**
 * Loads the time-to-convert histogram, the top paths and the channel attribution of a journey from
 * the analytics API (the client validates each answer). Reloads when the stages or `tick` change.
 */
export function useAnalyticsData(journey: Journey, tick: number): AnalyticsData {
  const key = stagesKey(journey, tick);
  const ttc = useAsync(async (): Promise<Optional<TimeToConvertResult>> => {
    const query = journeyTimeToConvertQuery(journey);
    if (!query) return { skipped: true };
    return { skipped: false, value: await api.analytics.timeToConvert(query) };
  }, `ttc|${key}`);
  const paths = useAsync(async () => api.analytics.paths(journeyPathsQuery(journey)), `paths|${key}`);
  const attribution = useAsync(async (): Promise<Optional<AttributionResult>> => {
    const query = journeyAttributionQuery(journey);
    if (!query) return { skipped: true };
    return { skipped: false, value: await api.analytics.attribution(query) };
  }, `attribution|${key}`);
  return { ttc, paths, attribution };
}
