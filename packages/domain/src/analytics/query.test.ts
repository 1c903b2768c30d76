import { describe, expect, it } from 'vitest';
import { MAX_IN_VALUES } from '../schema';
import { analyticsQuerySchema, funnelQueryBodySchema, trendsQueryBodySchema } from './query';

/** The paths and messages of a refused description, or null when it parses. */
function refusal(input: unknown): string[] | null {
  const parsed = analyticsQuerySchema.safeParse(input);
  if (parsed.success) return null;
  return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const steps = [[{ type: 'event_equals', event: 'a' }], [{ type: 'event_equals', event: 'b' }]];
const funnel = { kind: 'funnel', steps, windowSeconds: 3600 };

describe('analytics query descriptions refuse what no engine should see', () => {
  it('refuses an in with one bare value, or an empty or over-long list, on the value', () => {
    const filter = (value: unknown) => ({
      ...funnel,
      filters: [{ property: 'plan', operator: 'in', value }],
    });
    expect(refusal(filter('pro'))).toEqual([
      `filters.0.value: "in" takes a list of 1 to ${MAX_IN_VALUES} values`,
    ]);
    expect(refusal(filter([]))).toEqual([
      `filters.0.value: "in" takes a list of 1 to ${MAX_IN_VALUES} values`,
    ]);
    expect(refusal(filter(Array.from({ length: 100_000 }, (_, i) => `v${i}`)))).toEqual([
      `filters.0.value: "in" takes at most ${MAX_IN_VALUES} values (got 100000)`,
    ]);
    expect(refusal(filter(['pro']))).toBeNull();
    expect(refusal(filter(Array.from({ length: MAX_IN_VALUES }, (_, i) => i)))).toBeNull();
  });

  it('refuses eq without a value, a list for a single-value operator and contains with a number', () => {
    const filter = (condition: object) => ({ ...funnel, filters: [{ property: 'plan', ...condition }] });
    expect(refusal(filter({ operator: 'eq' }))).toEqual([
      'filters.0.value: "eq" takes one value (text, number or boolean)',
    ]);
    expect(refusal(filter({ operator: 'gt', value: [1] }))).toEqual([
      'filters.0.value: "gt" takes one value (text, number or boolean)',
    ]);
    expect(refusal(filter({ operator: 'contains', value: 3 }))).toEqual([
      'filters.0.value: "contains" takes text',
    ]);
    expect(refusal(filter({ operator: 'exists' }))).toBeNull();
  });

  it('refuses a matcher condition and an event list over the cap inside steps', () => {
    const bad = {
      ...funnel,
      steps: [
        [{ type: 'property', condition: { property: 'p', operator: 'neq' } }],
        [{ type: 'event_in', events: Array.from({ length: MAX_IN_VALUES + 1 }, (_, i) => `e${i}`) }],
      ],
    };
    expect(refusal(bad)).toEqual([
      'steps.0.0.condition.value: "neq" takes one value (text, number or boolean)',
      `steps.1.0.events: at most ${MAX_IN_VALUES} event names`,
    ]);
  });

  it('refuses an exclusion whose toStep is past the last step, on that toStep', () => {
    const exclusion = (toStep: number) => ({
      ...funnel,
      exclusions: [{ matchers: [{ type: 'event_equals', event: 'x' }], fromStep: 1, toStep }],
    });
    expect(refusal(exclusion(3))).toEqual([
      'exclusions.0.toStep: toStep must be a step of the funnel (1 to 2)',
    ]);
    expect(refusal(exclusion(2))).toBeNull();
    expect(funnelQueryBodySchema.safeParse({ ...exclusion(9), kind: undefined }).success).toBe(false);
    expect(refusal({ ...exclusion(5), kind: 'time_to_convert' })).toEqual([
      'exclusions.0.toStep: toStep must be a step of the funnel (1 to 2)',
    ]);
  });

  it('accepts times in the years 1900 to 2200 only', () => {
    const trends = (timeRange: object) => trendsQueryBodySchema.safeParse({ timeRange });
    expect(trends({ from: '1900-01-01T00:00:00Z', to: '2201-01-01T00:00:00Z' }).success).toBe(true);
    expect(trends({ from: 0, to: Date.UTC(2200, 11, 31) }).success).toBe(true);
    for (const range of [
      { from: -1e15 },
      { to: 1e15 },
      { from: '1899-12-31T23:59:59Z' },
      { to: '9999-12-31T00:00:00Z' },
      { from: Date.UTC(2201, 0, 1), to: Date.UTC(2201, 0, 2) },
    ]) {
      const parsed = trends(range);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('expected a time in the years 1900 to 2200');
      expect(parsed.error?.issues[0]?.path[0]).toBe('timeRange');
    }
    expect(refusal({ kind: 'health', stages: [steps[0]], asOf: 1e15 })).toEqual([
      'asOf: expected a time in the years 1900 to 2200',
    ]);
  });
});
