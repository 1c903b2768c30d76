import type { EventStore, JourneyAnalysis } from '@waymark/analytics';
import { analyzeJourney } from '@waymark/analytics';
import type { Journey, JourneyFigures, TimeRange, TimeRangeText } from '@waymark/domain';
import { readTimeRange, TimeRangeTextError } from '@waymark/domain';
import { HttpError } from '../http/errors';

/** Time range of figures as the API takes it: ISO dates or date-times, both optional. */
export type FiguresRange = TimeRangeText;

/**
 * Per-stage figures of a journey from the event store: `analyzeJourney` of `@waymark/analytics`,
 * reshaped into the domain's `JourneyFigures` that the map draws. The range is read by the domain's
 * `readTimeRange` (a `to` given as a date includes that whole day); a range it refuses is a 400
 * naming the query field.
 */
export async function computeFigures(
  events: EventStore,
  journey: Journey,
  range: FiguresRange,
  signal?: AbortSignal,
): Promise<JourneyFigures> {
  let timeRange: TimeRange;
  try {
    timeRange = readTimeRange(range);
  } catch (error) {
    if (!(error instanceof TimeRangeTextError)) throw error;
    throw new HttpError(400, 'invalid_request', error.message, `query.${error.field}`);
  }
  const analysis = await analyzeJourney(journey, events, { timeRange }, signal ? { signal } : {});
  return toFigures(analysis, range);
}

/** The domain's figures shape of an analysis. */
export function toFigures(analysis: JourneyAnalysis, range: FiguresRange): JourneyFigures {
  return {
    journeyId: analysis.journeyId,
    from: range.from ?? null,
    to: range.to ?? null,
    totalUsers: analysis.users,
    stages: analysis.stages.map((stage) => ({
      stageId: stage.stageId,
      users: stage.users,
      conversionFromPrevious: stage.conversionFromPrevious,
      dropOff: stage.dropOff,
      dropOffRate: stage.users > 0 ? stage.dropOff / stage.users : null,
      medianSecondsToNext: stage.medianSecondsToNext,
      p90SecondsToNext: stage.p90SecondsToNext,
      topChannels: stage.topChannels,
      bounced: stage.bounced,
      regressed: stage.regressed,
    })),
  };
}
