import type { EventStore, JourneyAnalysis } from '@waymark/analytics';
import { analyzeJourney } from '@waymark/analytics';
import type { Journey, JourneyFigures } from '@waymark/domain';
import { HttpError } from '../http/errors';

/** Time range of figures as the API takes it: ISO dates or timestamps, both optional. */
export interface FiguresRange {
  from?: string | undefined;
  to?: string | undefined;
}

/** A plain ISO date (no time), read as midnight UTC. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Epoch milliseconds of an ISO date or timestamp, or a 400 naming the query field. */
function instant(value: string, field: 'from' | 'to'): number {
  const ms = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) {
    throw new HttpError(
      400,
      'invalid_request',
      `expected an ISO date or timestamp, got "${value}"`,
      `query.${field}`,
    );
  }
  return ms;
}

/**
 * Per-stage figures of a journey from the event store: `analyzeJourney` of `@waymark/analytics`,
 * reshaped into the domain's `JourneyFigures` that the map draws. A `to` given as a date includes
 * that whole day.
 */
export async function computeFigures(
  events: EventStore,
  journey: Journey,
  range: FiguresRange,
): Promise<JourneyFigures> {
  const from = range.from === undefined ? undefined : instant(range.from, 'from');
  let to = range.to === undefined ? undefined : instant(range.to, 'to');
  if (to !== undefined && range.to !== undefined && DATE_ONLY.test(range.to)) to += 86_400_000;
  if (from !== undefined && to !== undefined && from >= to) {
    throw new HttpError(400, 'invalid_request', 'from must be before to', 'query.from');
  }
  const analysis = await analyzeJourney(journey, events, {
    timeRange: { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) },
  });
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
