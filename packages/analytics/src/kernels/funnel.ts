import type { JourneyIndex } from '../journey-index';
import type { FunnelQuery, TimeToConvertQuery } from '../query';
import { MAX_BREAKDOWN_GROUPS, OTHER_GROUP } from '@waymark/domain';
import type {
  BreakdownLimit,
  FunnelBreakdownResult,
  FunnelResult,
  FunnelStepResult,
  TimeToConvertResult,
} from '../results';
import type { FastFunnelTally } from './funnel-fast';
import { fastFunnel } from './funnel-fast';
import { FunnelWalker } from './funnel-walker';
import type { PreparedQuery } from './scope';
import { groupMasks } from './scope';
import { forEachSequence, sequenceBounds } from './sessions';
import { conversionTimes, FloatList, ratio } from './stats';
import { checkpoint } from '../deadline';

/** Label of a breakdown value that is missing on the attributed event. */
export const NONE_VALUE = '(none)';

/** Step counts and conversion times collected for one funnel (or one breakdown value). */
class StepTally {
  readonly users: Float64Array;
  readonly times: FloatList[];
  /** Scratch for the rows of one attempt. */
  private readonly chain: Int32Array;
  constructor(n: number, users?: Float64Array, times?: FloatList[]) {
    this.users = users ?? new Float64Array(n);
    this.times = times ?? Array.from({ length: n }, () => new FloatList());
    this.chain = new Int32Array(n);
  }
  /** The tally of a fused `fastFunnel` pass. */
  static from(fast: FastFunnelTally): StepTally {
    return new StepTally(fast.users.length, fast.users, fast.times);
  }
  add(walker: FunnelWalker, timestamps: Float64Array): void {
    const users = this.users;
    for (let s = 0; s < walker.level; s++) users[s]! += 1;
    const chain = this.chain;
    const length = walker.fillChain(chain);
    let previous = timestamps[chain[0] ?? 0] ?? 0;
    for (let s = 1; s < length; s++) {
      const ts = timestamps[chain[s] ?? 0] ?? 0;
      this.times[s]?.push((ts - previous) / 1000);
      previous = ts;
    }
  }
  steps(bins: number): FunnelStepResult[] {
    const first = this.users[0] ?? 0;
    return Array.from(this.users, (users, s) => {
      const previous = s === 0 ? users : (this.users[s - 1] ?? 0);
      const times =
        s === 0
          ? conversionTimes(new FloatList(), bins)
          : conversionTimes(this.times[s] ?? new FloatList(), bins);
      return {
        step: s + 1,
        users,
        conversion: ratio(users, first),
        conversionFromPrevious: ratio(users, previous),
        dropOff: previous - users,
        ...times,
      };
    });
  }
}

/** Picks the breakdown value of a walked attempt, or null when the funnel has no breakdown. */
function breakdownPicker(
  index: JourneyIndex,
  query: FunnelQuery,
  prepared: PreparedQuery,
): ((walker: FunnelWalker, user: number) => string) | null {
  const breakdown = query.breakdown;
  if (!breakdown) return null;
  if (breakdown.by === 'persona') {
    const conditions = index.conditionMasks;
    const cache = new Map<number, string>();
    return (_walker, user) => {
      const known = cache.get(user);
      if (known !== undefined) return known;
      let bits = 0;
      for (let row = index.userOffsets[user] ?? 0; row < (index.userOffsets[user + 1] ?? 0); row++) {
        bits |= conditions?.[row] ?? 0;
      }
      const persona = breakdown.personas.find((_, p) => ((bits >>> (prepared.personaBitBase + p)) & 1) === 1);
      const value = persona?.name ?? NONE_VALUE;
      cache.set(user, value);
      return value;
    };
  }
  const column =
    breakdown.by === 'channel'
      ? { codes: index.channelCodes, values: index.channelNames }
      : index.properties.get(breakdown.property);
  if (!column) throw new Error('the index carries no column for the breakdown property');
  const attribution = breakdown.attribution;
  return (walker) => {
    const last = walker.chainLength() - 1;
    const position =
      attribution === 'first_touch'
        ? 0
        : attribution === 'last_touch'
          ? last
          : Math.min(attribution.step - 1, last);
    const code = column.codes[walker.chainRow(position)] ?? -1;
    return code === -1 ? NONE_VALUE : (column.values[code] ?? NONE_VALUE);
  };
}

/**
 * Funnel kernel: one pass over the index. Counts users (or sessions) per deepest step, conversion
 * times between consecutive steps of the counted attempt, an optional breakdown and per-user levels.
 */
export function runFunnel(index: JourneyIndex, query: FunnelQuery, prepared: PreparedQuery): FunnelResult {
  const n = query.steps.length;
  const masks = groupMasks(index, prepared);
  const pick = breakdownPicker(index, query, prepared);
  const levels = query.perUser ? new Int32Array(index.userIds.length) : null;
  const bounds = sequenceBounds(index, query.countBy === 'sessions', query.sessionIdleSeconds * 1000);
  if (pick === null && query.ordered && query.modes.length === 0 && query.exclusions.length === 0) {
    const fast = fastFunnel(index, masks, n, query.windowSeconds * 1000, bounds, levels);
    return finishFunnel(query, index, StepTally.from(fast), null, levels);
  }
  const walker = new FunnelWalker(query, index, masks);
  const total = new StepTally(n);
  const byValue = new Map<string, StepTally>();
  const kept = pick === null ? null : keptValues(index, query, bounds, walker, pick);
  forEachAttempt(index, bounds, walker, (user) => {
    total.add(walker, index.timestamps);
    if (levels !== null && walker.level > (levels[user] ?? 0)) levels[user] = walker.level;
    if (pick === null) return;
    let value = pick(walker, user);
    if (kept?.keep !== null && kept?.keep.has(value) === false) value = OTHER_GROUP;
    let tally = byValue.get(value);
    if (!tally) {
      tally = new StepTally(n);
      byValue.set(value, tally);
    }
    tally.add(walker, index.timestamps);
  });
  return finishFunnel(query, index, total, pick === null ? null : byValue, levels, kept?.limit);
}

/** Walks every sequence in `bounds` and calls `visit(user)` for each attempt that reached step 1. */
function forEachAttempt(
  index: JourneyIndex,
  bounds: Int32Array,
  walker: FunnelWalker,
  visit: (user: number) => void,
): void {
  const offsets = index.userOffsets;
  let user = 0;
  for (let s = 0; s + 1 < bounds.length; s++) {
    checkpoint();
    const from = bounds[s] ?? 0;
    const to = bounds[s + 1] ?? 0;
    if (from === to) continue;
    while ((offsets[user + 1] ?? 0) <= from) user++;
    walker.walk(from, to);
    if (walker.level > 0) visit(user);
  }
}

/**
 * The breakdown values to list: all of them when they cannot exceed `MAX_BREAKDOWN_GROUPS`, else the
 * top ones by attempts reaching step 1 (ties by text), found in a first pass; the rest become `(other)`.
 */
function keptValues(
  index: JourneyIndex,
  query: FunnelQuery,
  bounds: Int32Array,
  walker: FunnelWalker,
  pick: (walker: FunnelWalker, user: number) => string,
): { keep: Set<string> | null; limit: BreakdownLimit } {
  const breakdown = query.breakdown;
  const possible =
    breakdown?.by === 'channel'
      ? index.channelNames.length + 1
      : breakdown?.by === 'property'
        ? (index.properties.get(breakdown.property)?.values.length ?? 0) + 1
        : (breakdown?.personas.length ?? 0) + 1;
  const counts = new Map<string, number>();
  if (possible > MAX_BREAKDOWN_GROUPS) {
    forEachAttempt(index, bounds, walker, (user) => {
      const value = pick(walker, user);
      counts.set(value, (counts.get(value) ?? 0) + 1);
    });
  }
  if (counts.size <= MAX_BREAKDOWN_GROUPS) {
    // Without a first pass the number of groups is only known once tallied: finishFunnel fills it in.
    return { keep: null, limit: { limit: MAX_BREAKDOWN_GROUPS, groups: counts.size, other: false } };
  }
  const top = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .slice(0, MAX_BREAKDOWN_GROUPS)
    .map(([value]) => value);
  return {
    keep: new Set(top),
    limit: { limit: MAX_BREAKDOWN_GROUPS, groups: counts.size, other: true },
  };
}

/** The funnel answer from its tallies: steps, the breakdown (sorted) and per-user levels when asked for. */
function finishFunnel(
  query: FunnelQuery,
  index: JourneyIndex,
  total: StepTally,
  byValue: Map<string, StepTally> | null,
  levels: Int32Array | null,
  limit?: BreakdownLimit,
): FunnelResult {
  const result: FunnelResult = { countBy: query.countBy, steps: total.steps(query.histogramBins) };
  if (byValue !== null) {
    const other = limit?.other === true ? byValue.get(OTHER_GROUP) : undefined;
    result.breakdown = [...byValue.entries()]
      .filter(([, tally]) => tally !== other)
      .map(([value, tally]): FunnelBreakdownResult => ({ value, steps: tally.steps(query.histogramBins) }))
      .sort((a, b) => (b.steps[0]?.users ?? 0) - (a.steps[0]?.users ?? 0) || compareText(a.value, b.value));
    if (other !== undefined)
      result.breakdown.push({ value: OTHER_GROUP, steps: other.steps(query.histogramBins), other: true });
    result.breakdownLimit =
      limit?.other === true ? limit : { limit: MAX_BREAKDOWN_GROUPS, groups: byValue.size, other: false };
  }
  if (levels !== null) {
    const perUser: Record<string, number> = {};
    index.userIds.forEach((id, user) => {
      perUser[id] = levels[user] ?? 0;
    });
    result.levels = perUser;
  }
  return result;
}

/** Time to convert between two steps, over the counted attempts that reached the later step. */
export function runTimeToConvert(
  index: JourneyIndex,
  query: TimeToConvertQuery,
  prepared: PreparedQuery,
): TimeToConvertResult {
  const toStep = query.toStep ?? query.steps.length;
  const walker = new FunnelWalker(query, index, groupMasks(index, prepared));
  const times = new FloatList();
  forEachSequence(index, query.countBy === 'sessions', query.sessionIdleSeconds * 1000, (from, to) => {
    walker.walk(from, to);
    if (walker.chainLength() < toStep) return;
    const ms =
      (index.timestamps[walker.chainRow(toStep - 1)] ?? 0) -
      (index.timestamps[walker.chainRow(query.fromStep - 1)] ?? 0);
    times.push(ms / 1000);
  });
  return {
    fromStep: query.fromStep,
    toStep,
    conversions: times.length,
    ...conversionTimes(times, query.histogramBins),
  };
}

/** Deterministic text order (UTF-16 code units), independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
