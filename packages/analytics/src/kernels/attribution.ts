import { attributionFieldOf } from '@waymark/domain';
import type { JourneyIndex } from '../journey-index';
import { attributionModelSchema, funnelQuerySchema } from '../query';
import type { AttributionFunnel, AttributionModel, AttributionQuery } from '../query';
import type { AttributionResult, ChannelAttribution } from '../results';
import { compareText } from './funnel';
import { FunnelWalker } from './funnel-walker';
import type { GroupMasks, PreparedQuery } from './scope';
import { groupMasks } from './scope';
import { checkpoint } from '../deadline';

/**
 * Channel attribution. Conversions are events matching `conversion` (a user's first, or all), or with
 * `funnel` the event at which each user completed that funnel (one per user); touches are
 * events with a channel (and matching `touches` when given) within the lookback window, after the
 * previous conversion, up to the conversion: the conversion event itself is a touch (when it carries a
 * channel and matches `touches`) unless `conversionTouch` is false. Each requested model splits one conversion across the
 * touches: first touch, last touch, linear, position-based (40% first, 40% last, 20% spread over the
 * middle; 50/50 for two touches) and time decay (weight 2^(-age / half-life)).
 * Only the requested `models` are computed: first and last touch alone scan from either end of the
 * window for one touch each; linear, position-based and time decay visit every touch.
 */
export function runAttribution(
  index: JourneyIndex,
  query: AttributionQuery,
  prepared: PreparedQuery,
): AttributionResult {
  const masks = groupMasks(index, prepared);
  const want = wantedModels(query.models);
  const { first: wantFirst, last: wantLast, decay: wantDecay } = want;
  const perTouch = want.linear || want.position || wantDecay;
  const c = index.channelNames.length;
  const credit: Credit = {
    first: new Float64Array(c),
    last: new Float64Array(c),
    linear: new Float64Array(c),
    position: new Float64Array(c),
    decay: new Float64Array(c),
  };
  const { first, last } = credit;
  const lookbackMs = query.lookbackSeconds * 1000;
  const decayRate = Math.LN2 / (query.halfLifeSeconds * 1000);
  const touchMask = query.touches !== undefined ? 2 : 0;
  const onlyFirst = query.conversions === 'first';
  /** The last touch row of the conversion at `row`: itself, or the row before it. */
  const ownTouch = query.conversionTouch ? 0 : 1;
  const { channelCodes, timestamps, userOffsets, eventCodes } = index;
  const { codeMasks, rowMasks } = masks;
  const users = index.userIds.length;
  /** The channel code of row `t` when it is a touch, else -1. */
  const touchCode = (t: number): number => {
    const code = channelCodes[t] ?? -1;
    if (code === -1 || touchMask === 0) return code;
    const touch = rowMasks !== null ? (rowMasks[t] ?? 0) : (codeMasks[eventCodes[t] ?? 0] ?? 0);
    return (touch & touchMask) === 0 ? -1 : code;
  };
  // The touches of the conversion being credited: their channel codes and time-decay weights.
  let touchCodes: Int32Array = new Int32Array(64);
  let weights: Float64Array = new Float64Array(64);
  let conversions = 0;
  let unattributed = 0;
  // With a conversion funnel, each user's one conversion is the row that completed it (or none).
  const completions = query.funnel ? funnelCompletions(index, query.funnel, masks) : null;
  for (let user = 0; user < users; user++) {
    checkpoint();
    let touchFrom = userOffsets[user] ?? 0;
    const end = userOffsets[user + 1] ?? 0;
    const completion = completions === null ? -1 : (completions[user] ?? -1);
    if (completions !== null && completion === -1) continue;
    for (let row = completions === null ? touchFrom : completion; row < end; row++) {
      if (completions === null) {
        const mask = rowMasks !== null ? (rowMasks[row] ?? 0) : (codeMasks[eventCodes[row] ?? 0] ?? 0);
        if ((mask & 1) === 0) continue;
      }
      conversions++;
      const at = timestamps[row] ?? 0;
      const lastTouch = row - ownTouch;
      // Rows are in time order, so touches older than the lookback form a prefix: skip it.
      let t = touchFrom;
      while (t <= lastTouch && at - (timestamps[t] ?? 0) > lookbackMs) t++;
      if (perTouch) {
        let k = 0;
        let decaySum = 0;
        for (; t <= lastTouch; t++) {
          const code = channelCodes[t] ?? -1;
          if (code === -1) continue;
          if (touchMask !== 0) {
            const touch = rowMasks !== null ? (rowMasks[t] ?? 0) : (codeMasks[eventCodes[t] ?? 0] ?? 0);
            if ((touch & touchMask) === 0) continue;
          }
          if (k === touchCodes.length) {
            touchCodes = grownInt(touchCodes);
            weights = grownFloat(weights);
          }
          touchCodes[k] = code;
          if (wantDecay) weights[k] = timestamps[t] ?? 0;
          k++;
        }
        if (wantDecay && k > 0) {
          // Weights relative to the newest touch (weight 1): the shares equal 2^(-age / half-life)
          // normalised, and a short half-life cannot round every weight to 0.
          const newest = weights[k - 1] ?? 0;
          for (let i = 0; i < k; i++) {
            const weight = Math.exp(-(newest - (weights[i] ?? 0)) * decayRate);
            weights[i] = weight;
            decaySum += weight;
          }
        }
        if (k === 0) unattributed++;
        else creditTouches(k, touchCodes, weights, decaySum, want, credit);
      } else {
        // First and/or last touch only: one touch from each end of the window [t, lastTouch].
        let firstCode = -1;
        if (wantFirst) for (let f = t; f <= lastTouch && firstCode === -1; f++) firstCode = touchCode(f);
        let lastCode = -1;
        if (wantLast && (firstCode !== -1 || !wantFirst))
          for (let l = lastTouch; l >= t && lastCode === -1; l--) lastCode = touchCode(l);
        if (firstCode === -1 && lastCode === -1) unattributed++;
        if (firstCode !== -1) first[firstCode] = (first[firstCode] ?? 0) + 1;
        if (lastCode !== -1) last[lastCode] = (last[lastCode] ?? 0) + 1;
      }
      if (onlyFirst || completions !== null) break;
      touchFrom = row + 1;
    }
  }
  return { conversions, unattributed, channels: channelRows(index.channelNames, query.models, credit) };
}

/** Group bit of a conversion funnel's first step (after the conversion and touch groups). */
const FUNNEL_BIT = 2;

/**
 * Per user, the row that completed the conversion funnel (the counted attempt's last step, as the
 * funnel kernel walks it: ordered, no modes), or -1 when the user did not complete it.
 */
function funnelCompletions(index: JourneyIndex, funnel: AttributionFunnel, masks: GroupMasks): Int32Array {
  const shift = (mask: number): number => mask >>> FUNNEL_BIT;
  const stepMasks: GroupMasks = {
    codeMasks: masks.codeMasks.map(shift),
    rowMasks: masks.rowMasks === null ? null : masks.rowMasks.map(shift),
  };
  const query = funnelQuerySchema.parse({ kind: 'funnel', ...funnel });
  const walker = new FunnelWalker(query, index, stepMasks);
  const n = funnel.steps.length;
  const completions = new Int32Array(index.userIds.length).fill(-1);
  for (let user = 0; user < completions.length; user++) {
    walker.walk(index.userOffsets[user] ?? 0, index.userOffsets[user + 1] ?? 0);
    if (walker.level === n) completions[user] = walker.chainRow(n - 1);
  }
  return completions;
}

/** Which models a query asks for. */
interface Wanted {
  readonly first: boolean;
  readonly last: boolean;
  readonly linear: boolean;
  readonly position: boolean;
  readonly decay: boolean;
}

function wantedModels(models: readonly AttributionModel[]): Wanted {
  return {
    first: models.includes('first_touch'),
    last: models.includes('last_touch'),
    linear: models.includes('linear'),
    position: models.includes('position_based'),
    decay: models.includes('time_decay'),
  };
}

/** Per-channel credit of each model. */
interface Credit {
  readonly first: Float64Array;
  readonly last: Float64Array;
  readonly linear: Float64Array;
  readonly position: Float64Array;
  readonly decay: Float64Array;
}

/** Splits one conversion across its `k` touches (in time order) under every wanted model. */
function creditTouches(
  k: number,
  codes: Int32Array,
  weights: Float64Array,
  decaySum: number,
  want: Wanted,
  credit: Credit,
): void {
  const { first, last, linear, position, decay } = credit;
  const { linear: wantLinear, position: wantPosition, decay: wantDecay } = want;
  if (want.first) {
    const firstCode = codes[0] ?? 0;
    first[firstCode] = (first[firstCode] ?? 0) + 1;
  }
  if (want.last) {
    const lastCode = codes[k - 1] ?? 0;
    last[lastCode] = (last[lastCode] ?? 0) + 1;
  }
  const share = 1 / k;
  const middle = k > 2 ? 0.2 / (k - 2) : 0;
  for (let i = 0; i < k; i++) {
    const code = codes[i] ?? 0;
    if (wantLinear) linear[code] = (linear[code] ?? 0) + share;
    if (wantPosition) {
      const positionShare = k === 1 ? 1 : k === 2 ? 0.5 : i === 0 || i === k - 1 ? 0.4 : middle;
      position[code] = (position[code] ?? 0) + positionShare;
    }
    if (wantDecay) decay[code] = (decay[code] ?? 0) + (weights[i] ?? 0) / decaySum;
  }
}

/** Order in which the requested models rank channels (the first one requested decides). */
const RANKING: readonly AttributionModel[] = [
  'linear',
  'position_based',
  'time_decay',
  'first_touch',
  'last_touch',
];

/**
 * One row per channel that any requested model credits, carrying exactly the requested figures, most
 * credit first by the ranking model, ties by channel name.
 */
function channelRows(
  channelNames: readonly string[],
  models: readonly AttributionModel[],
  credit: Credit,
): ChannelAttribution[] {
  const figures = {
    first_touch: credit.first,
    last_touch: credit.last,
    linear: credit.linear,
    position_based: credit.position,
    time_decay: credit.decay,
  } satisfies Record<AttributionModel, Float64Array>;
  // Canonical order, so the figures of a row come in the same order whatever the order asked.
  const requested = attributionModelSchema.options.filter((model) => models.includes(model));
  const rows: ChannelAttribution[] = [];
  channelNames.forEach((channel, code) => {
    const row: ChannelAttribution = { channel };
    let total = 0;
    for (const model of requested) {
      const value = figures[model][code] ?? 0;
      row[attributionFieldOf[model]] = value;
      total += value;
    }
    if (total > 0) rows.push(row);
  });
  const rankBy = attributionFieldOf[RANKING.find((model) => models.includes(model)) ?? 'linear'];
  rows.sort((a, b) => (b[rankBy] ?? 0) - (a[rankBy] ?? 0) || compareText(a.channel, b.channel));
  return rows;
}

function grownInt(array: Int32Array): Int32Array {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}

function grownFloat(array: Float64Array): Float64Array {
  const next = new Float64Array(array.length * 2);
  next.set(array);
  return next;
}
