import type { EventStore } from '@waymark/analytics';
import type { Journey, JourneyFigures } from '@waymark/domain';
import { HttpError } from '../http/errors';

/** Time range of figures as the API takes it (ISO dates or timestamps). */
export interface FiguresRange {
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Per-stage figures of a journey, computed by the analytics package from the event store.
 * Placeholder until `analyzeJourney` lands in `@waymark/analytics`.
 */
export async function computeFigures(_events: EventStore, _journey: Journey, _range: FiguresRange): Promise<JourneyFigures> {
  throw new HttpError(503, 'unavailable', 'journey figures are not available yet');
}
