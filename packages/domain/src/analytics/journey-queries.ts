import type { Journey, Stage } from '../schema';
import type {
  AttributionQueryBody,
  FunnelQueryBody,
  PathsQueryBody,
  Step,
  TimeRange,
  TimeToConvertQueryBody,
} from './query';

/**
 * The rules that turn a journey map into analytics queries, in one place for the server (stage
 * figures), the CLI (`analyze journey`) and the web app (the figures panel):
 * - the stages that carry event matchers become the funnel's steps, in map order;
 * - the conversion window is measured from the first step (default `JOURNEY_WINDOW_SECONDS`);
 * - a time range given as text reads a date alone as a whole UTC day (`from` at its start, `to` at
 *   the end), so `from=2024-01-01&to=2024-01-31` is all of January;
 * - every figure that names a stage counts the users who reached that stage in this funnel, in order
 *   and within the window: the funnel's steps, the time to convert from the first to the last step,
 *   and the channel attribution of the users who completed the funnel.
 */

/** Default conversion window of a journey, from its first measured stage to its last. */
export const JOURNEY_WINDOW_SECONDS = 30 * 86_400;

/** The stages that carry event matchers, in map order: the steps of the journey's funnel. */
export function measuredStages(journey: Journey): Stage[] {
  return journey.stages.filter((stage) => stage.matchers.length > 0);
}

/** The journey's funnel: one step per measured stage and the conversion window. */
export interface JourneyFunnel {
  steps: Step[];
  windowSeconds: number;
}

/** The funnel of a journey (no steps when no stage is measured). */
export function journeyFunnel(journey: Journey, windowSeconds = JOURNEY_WINDOW_SECONDS): JourneyFunnel {
  return { steps: measuredStages(journey).map((stage) => stage.matchers), windowSeconds };
}

/** A time range as people type it: ISO 8601 dates or date-times, either end optional. */
export interface TimeRangeText {
  from?: string | undefined;
  to?: string | undefined;
}

/** A time range text that cannot be read; `field` names the end at fault. */
export class TimeRangeTextError extends Error {
  override readonly name = 'TimeRangeTextError';
  constructor(
    readonly field: 'from' | 'to',
    message: string,
  ) {
    super(message);
  }
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Date and time, optional seconds and fraction, optional `Z` or offset (none reads as UTC). */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const DAY_MS = 86_400_000;

/** Epoch milliseconds of a date (start of that UTC day) or date-time, or NaN when it is not one. */
function parseInstantText(text: string): { ms: number; dateOnly: boolean } {
  const date = DATE_ONLY.exec(text);
  const dateTime = date ? null : DATE_TIME.exec(text);
  const parts = date ?? dateTime;
  if (!parts) return { ms: NaN, dateOnly: false };
  const ms = Date.parse(date ? `${text}T00:00:00Z` : dateTime?.[4] ? text : `${text}Z`);
  // Date.parse rolls 2024-02-30 over into March: a day that does not exist is refused.
  const day = Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
  const real = new Date(day).getUTCDate() === Number(parts[3]) && Number(parts[2]) <= 12;
  return { ms: real ? ms : NaN, dateOnly: date !== null };
}

/**
 * Reads a time range typed as text into the half-open `[from, to)` of epoch milliseconds the queries
 * take. A date alone is a whole UTC day: `from` starts at its midnight, `to` ends at the next one (the
 * day is included). A date-time without an offset is UTC. Throws `TimeRangeTextError` naming the end
 * that is not a date or date-time, or `from` when it is not before `to`.
 */
export function readTimeRange(text: TimeRangeText): TimeRange {
  const range: TimeRange = {};
  for (const field of ['from', 'to'] as const) {
    const value = text[field];
    if (value === undefined) continue;
    const { ms, dateOnly } = parseInstantText(value.trim());
    if (!Number.isFinite(ms)) {
      throw new TimeRangeTextError(
        field,
        `expected a date like 2024-01-31 or a date-time like 2024-01-31T12:00:00Z, got "${value}"`,
      );
    }
    range[field] = field === 'to' && dateOnly ? ms + DAY_MS : ms;
  }
  if (range.from !== undefined && range.to !== undefined && range.from >= range.to) {
    throw new TimeRangeTextError('from', 'from must be before to');
  }
  return range;
}

/** The journey's funnel as a funnel query (undefined when no stage is measured). */
export function journeyFunnelQuery(
  journey: Journey,
  timeRange: TimeRange = {},
  windowSeconds = JOURNEY_WINDOW_SECONDS,
): FunnelQueryBody | undefined {
  const funnel = journeyFunnel(journey, windowSeconds);
  if (funnel.steps.length === 0) return undefined;
  return { ...funnel, timeRange };
}

/** Time to convert from the first measured stage to the last, within the journey's window (needs two). */
export function journeyTimeToConvertQuery(
  journey: Journey,
  timeRange: TimeRange = {},
  windowSeconds = JOURNEY_WINDOW_SECONDS,
): TimeToConvertQueryBody | undefined {
  const funnel = journeyFunnel(journey, windowSeconds);
  if (funnel.steps.length < 2) return undefined;
  return { ...funnel, timeRange, fromStep: 1, toStep: funnel.steps.length, histogramBins: 12 };
}

/** Top session paths that start where the journey starts (its first measured stage). */
export function journeyPathsQuery(journey: Journey, timeRange: TimeRange = {}): PathsQueryBody {
  const first = measuredStages(journey)[0];
  return {
    ...(first ? { startPoint: first.matchers } : {}),
    timeRange,
    maxSteps: 5,
    collapseRepeats: true,
    topN: 12,
  };
}

/**
 * Channel attribution of the journey's conversions: the users who completed its funnel (reached the
 * last measured stage in order, within the window), each credited at the event that completed it. So
 * its count of conversions is the funnel's last step and the time to convert's count.
 */
export function journeyAttributionQuery(
  journey: Journey,
  timeRange: TimeRange = {},
  windowSeconds = JOURNEY_WINDOW_SECONDS,
): AttributionQueryBody | undefined {
  const funnel = journeyFunnel(journey, windowSeconds);
  if (funnel.steps.length < 2) return undefined;
  return { funnel, timeRange };
}
