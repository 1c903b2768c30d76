import type { EventMatcher, PropertyCondition } from '@waymark/domain';
import type { IndexScope, JourneyIndex } from '../journey-index';
import { MAX_CONDITION_SETS } from '../journey-index';
import type { AnalyticsQuery, Step } from '../query';

/**
 * Turns a query description into what the adapter must extract (an IndexScope) and the matcher
 * groups the kernel tests per event. Name matchers are resolved in TypeScript against the event
 * dictionary; property matchers and persona rules become condition sets the adapter evaluates.
 */
export interface PreparedQuery {
  readonly scope: IndexScope;
  /** Matcher groups in bit order; bit `g` of an event's mask is set when group `g` matches. */
  readonly groups: readonly Step[];
  /** Condition-set bit of each property matcher, per group (bits of `JourneyIndex.conditionMasks`). */
  readonly groupConditionBits: readonly number[];
  /** First condition-set bit of the persona rules (persona `p` is bit `personaBitBase + p`). */
  readonly personaBitBase: number;
}

/** Most matcher groups one query can use. */
export const MAX_GROUPS = 32;

/** The mask of groups `0 .. n - 1` (the steps of a funnel); all 32 bits when `n` is 32. */
export function stepMaskOf(n: number): number {
  return n >= 32 ? 0xffffffff : (1 << n) - 1;
}

/** Lists the matcher groups of a query, in the bit order each kernel expects. */
function groupsOf(query: AnalyticsQuery): Step[] {
  switch (query.kind) {
    case 'trends':
      return query.matchers !== undefined ? [query.matchers] : [];
    case 'funnel':
    case 'time_to_convert':
      return [...query.steps, ...query.exclusions.map((exclusion) => exclusion.matchers)];
    case 'paths':
      return [query.startPoint ?? [], query.endPoint ?? []];
    case 'attribution':
      // Bits 0 and 1 are the conversion and the touches; a conversion funnel's steps follow from bit 2.
      return [query.conversion ?? [], query.touches ?? [], ...(query.funnel?.steps ?? [])];
    case 'health':
      return query.stages;
    case 'dfg':
    case 'variants':
      return [];
  }
}

/** Builds the scope and matcher groups of a query (trends: its matchers, for sessions from the index). */
export function scopeFor(query: AnalyticsQuery): PreparedQuery {
  const groups = groupsOf(query);
  if (groups.length > MAX_GROUPS)
    throw new RangeError(`a query may use at most ${MAX_GROUPS} steps, stages and exclusions`);
  const conditionSets: PropertyCondition[][] = [];
  const groupConditionBits = groups.map((group) => {
    let bits = 0;
    for (const matcher of group) {
      if (matcher.type !== 'property') continue;
      bits |= 1 << conditionSets.length;
      conditionSets.push([matcher.condition]);
      if (conditionSets.length > MAX_CONDITION_SETS) {
        throw new RangeError(
          `a query may use at most ${MAX_CONDITION_SETS} property matchers and persona rules`,
        );
      }
    }
    return bits >>> 0;
  });
  const personaBitBase = conditionSets.length;
  const properties: string[] = [];
  if (query.kind === 'funnel' && query.breakdown) {
    const breakdown = query.breakdown;
    if (breakdown.by === 'persona') {
      if (personaBitBase + breakdown.personas.length > MAX_CONDITION_SETS) {
        throw new RangeError(
          `a query may use at most ${MAX_CONDITION_SETS} property matchers and persona rules`,
        );
      }
      for (const persona of breakdown.personas) conditionSets.push(persona.segmentRule);
    } else if (breakdown.by === 'property') {
      properties.push(breakdown.property);
    }
  }
  return {
    scope: { timeRange: query.timeRange, filters: query.filters, conditionSets, properties },
    groups,
    groupConditionBits,
    personaBitBase,
  };
}

/** Whether a name matcher accepts an event name; property matchers answer false (they are evaluated by the adapter). */
export function nameMatches(matcher: EventMatcher, name: string): boolean {
  switch (matcher.type) {
    case 'event_equals':
      return name === matcher.event;
    case 'event_in':
      return matcher.events.includes(name);
    case 'event_prefix':
      return name.startsWith(matcher.prefix);
    case 'property':
      return false;
  }
}

/**
 * Per-event group masks. `codeMasks[eventCode]` holds the groups matched by name alone; when property
 * matchers are used, `rowMasks[row]` holds the complete mask of every row instead.
 */
export interface GroupMasks {
  readonly codeMasks: Uint32Array;
  readonly rowMasks: Uint32Array | null;
}

/** Computes the group masks of an index once per query (outside the hot loop). */
export function groupMasks(index: JourneyIndex, prepared: PreparedQuery): GroupMasks {
  const { groups, groupConditionBits } = prepared;
  const codeMasks = new Uint32Array(Math.max(1, index.eventNames.length));
  index.eventNames.forEach((name, code) => {
    let mask = 0;
    groups.forEach((group, g) => {
      if (group.some((matcher) => nameMatches(matcher, name))) mask |= 1 << g;
    });
    codeMasks[code] = mask >>> 0;
  });
  const usesConditions = groupConditionBits.some((bits) => bits !== 0);
  if (!usesConditions) return { codeMasks, rowMasks: null };
  const conditions = index.conditionMasks;
  if (conditions === null)
    throw new Error('the index carries no condition masks, but the query uses property matchers');
  const rowMasks = new Uint32Array(index.eventCount);
  const { eventCodes } = index;
  for (let row = 0; row < index.eventCount; row++) {
    let mask = codeMasks[eventCodes[row] ?? 0] ?? 0;
    const bits = conditions[row] ?? 0;
    if (bits !== 0) {
      for (let g = 0; g < groupConditionBits.length; g++) {
        if ((bits & (groupConditionBits[g] ?? 0)) !== 0) mask |= 1 << g;
      }
    }
    rowMasks[row] = mask >>> 0;
  }
  return { codeMasks, rowMasks };
}

/** The group mask of one row (use inside kernels; cheap and allocation-free). */
export function maskAt(masks: GroupMasks, index: JourneyIndex, row: number): number {
  return masks.rowMasks !== null
    ? (masks.rowMasks[row] ?? 0)
    : (masks.codeMasks[index.eventCodes[row] ?? 0] ?? 0);
}
