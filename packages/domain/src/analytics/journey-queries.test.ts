import { describe, expect, it } from 'vitest';
import { createFromTemplate } from '../templates/registry';
import type { Journey } from '../schema';
import {
  JOURNEY_WINDOW_SECONDS,
  journeyAttributionQuery,
  journeyFunnel,
  journeyPathsQuery,
  journeyTimeToConvertQuery,
  measuredStages,
  readTimeRange,
  TimeRangeTextError,
} from './journey-queries';

/** A journey whose stages 1 and 3 carry matchers and stage 2 none. */
function journeyWithMatchers(): Journey {
  const journey = createFromTemplate('purchase', { title: 'Q', locale: 'en' });
  for (const stage of journey.stages) stage.matchers = [];
  const [a, b, c] = journey.stages;
  if (!a || !b || !c) throw new Error('the blank template has three stages');
  a.matchers = [{ type: 'event_equals', event: 'visit' }];
  c.matchers = [{ type: 'event_in', events: ['buy', 'order'] }];
  return journey;
}

describe('journey queries', () => {
  it('makes the measured stages, in map order, the funnel steps with the default window', () => {
    const journey = journeyWithMatchers();
    const [a, , c] = journey.stages;
    expect(measuredStages(journey).map((s) => s.id)).toEqual([a?.id, c?.id]);
    expect(journeyFunnel(journey)).toEqual({
      steps: [a?.matchers, c?.matchers],
      windowSeconds: JOURNEY_WINDOW_SECONDS,
    });
    expect(JOURNEY_WINDOW_SECONDS).toBe(30 * 86_400);
  });

  it('measures time to convert and attribution over the same steps, window and range', () => {
    const journey = journeyWithMatchers();
    const range = { from: 1, to: 2 };
    const funnel = journeyFunnel(journey);
    expect(journeyTimeToConvertQuery(journey, range)).toMatchObject({
      ...funnel,
      timeRange: range,
      fromStep: 1,
      toStep: 2,
    });
    expect(journeyAttributionQuery(journey, range)).toEqual({ funnel, timeRange: range });
    expect(journeyPathsQuery(journey, range)).toMatchObject({
      startPoint: funnel.steps[0],
      timeRange: range,
    });
  });

  it('asks nothing that needs two measured stages of a journey with one', () => {
    const journey = journeyWithMatchers();
    const third = journey.stages[2];
    if (third) third.matchers = [];
    expect(journeyTimeToConvertQuery(journey)).toBeUndefined();
    expect(journeyAttributionQuery(journey)).toBeUndefined();
  });
});

describe('readTimeRange', () => {
  it('reads a date alone as a whole UTC day at either end', () => {
    expect(readTimeRange({ from: '2024-01-01', to: '2024-01-31' })).toEqual({
      from: Date.UTC(2024, 0, 1),
      to: Date.UTC(2024, 1, 1),
    });
    // One day: from and to the same date is that day, not an empty range.
    expect(readTimeRange({ from: '2024-03-05', to: '2024-03-05' })).toEqual({
      from: Date.UTC(2024, 2, 5),
      to: Date.UTC(2024, 2, 6),
    });
  });

  it('reads date-times as given, UTC without an offset', () => {
    expect(readTimeRange({ to: '2024-01-31T12:00:00Z' })).toEqual({ to: Date.UTC(2024, 0, 31, 12) });
    expect(readTimeRange({ to: '2024-01-31T12:00' })).toEqual({ to: Date.UTC(2024, 0, 31, 12) });
    expect(readTimeRange({ from: '2024-01-31T12:00:00.5+02:00' })).toEqual({
      from: Date.UTC(2024, 0, 31, 10, 0, 0, 500),
    });
    expect(readTimeRange({})).toEqual({});
  });

  it('names the end that is not a date, a day that does not exist, and a reversed range', () => {
    const fieldOf = (text: { from?: string; to?: string }): string => {
      try {
        readTimeRange(text);
        return 'accepted';
      } catch (error) {
        return error instanceof TimeRangeTextError ? `${error.field}: ${error.message}` : 'other';
      }
    };
    expect(fieldOf({ to: 'yesterday' })).toBe(
      'to: expected a date like 2024-01-31 or a date-time like 2024-01-31T12:00:00Z, got "yesterday"',
    );
    expect(fieldOf({ from: '2024-02-30' })).toMatch(/^from: expected/);
    expect(fieldOf({ from: '2024-13-01' })).toMatch(/^from: expected/);
    expect(fieldOf({ from: 'March 7, 2024' })).toMatch(/^from: expected/);
    expect(fieldOf({ from: '2024-02-01', to: '2024-01-31' })).toBe('from: from must be before to');
  });
});
