import type { JourneyIndex } from '../journey-index';
import type { AttributionQuery } from '../query';
import type { AttributionResult, ChannelAttribution } from '../results';
import { compareText } from './funnel';
import type { PreparedQuery } from './scope';
import { groupMasks } from './scope';

/**
 * Channel attribution. Conversions are events matching `conversion` (a user's first, or all); touches are
 * events with a channel (and matching `touches` when given) at or before the conversion and within the
 * lookback window, after the previous conversion. Each model splits one conversion across the touches:
 * first touch, last touch, linear, position-based (40% first, 40% last, 20% spread over the middle;
 * 50/50 for two touches) and time decay (weight 2^(-age / half-life)).
 */
export function runAttribution(
  index: JourneyIndex,
  query: AttributionQuery,
  prepared: PreparedQuery,
): AttributionResult {
  const masks = groupMasks(index, prepared);
  const c = index.channelNames.length;
  const first = new Float64Array(c);
  const last = new Float64Array(c);
  const linear = new Float64Array(c);
  const position = new Float64Array(c);
  const decay = new Float64Array(c);
  const lookbackMs = query.lookbackSeconds * 1000;
  const decayRate = Math.LN2 / (query.halfLifeSeconds * 1000);
  const touchMask = query.touches !== undefined ? 2 : 0;
  const onlyFirst = query.conversions === 'first';
  const { channelCodes, timestamps, userOffsets, eventCodes } = index;
  const { codeMasks, rowMasks } = masks;
  const users = index.userIds.length;
  // The touches of the conversion being credited: their channel codes and time-decay weights.
  let touchCodes: Int32Array = new Int32Array(64);
  let weights: Float64Array = new Float64Array(64);
  let conversions = 0;
  let unattributed = 0;
  for (let user = 0; user < users; user++) {
    let touchFrom = userOffsets[user] ?? 0;
    const end = userOffsets[user + 1] ?? 0;
    for (let row = touchFrom; row < end; row++) {
      const mask = rowMasks !== null ? (rowMasks[row] ?? 0) : (codeMasks[eventCodes[row] ?? 0] ?? 0);
      if ((mask & 1) === 0) continue;
      conversions++;
      const at = timestamps[row] ?? 0;
      // Rows are in time order, so touches older than the lookback form a prefix: skip it.
      let t = touchFrom;
      while (t <= row && at - (timestamps[t] ?? 0) > lookbackMs) t++;
      let k = 0;
      let decaySum = 0;
      for (; t <= row; t++) {
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
        const weight = Math.exp(-(at - (timestamps[t] ?? 0)) * decayRate);
        touchCodes[k] = code;
        weights[k] = weight;
        decaySum += weight;
        k++;
      }
      if (k === 0) unattributed++;
      else creditTouches(k, touchCodes, weights, decaySum, { first, last, linear, position, decay });
      if (onlyFirst) break;
      touchFrom = row + 1;
    }
  }
  const channels: ChannelAttribution[] = [];
  index.channelNames.forEach((channel, code) => {
    const row = {
      channel,
      firstTouch: first[code] ?? 0,
      lastTouch: last[code] ?? 0,
      linear: linear[code] ?? 0,
      positionBased: position[code] ?? 0,
      timeDecay: decay[code] ?? 0,
    };
    if (row.firstTouch + row.lastTouch + row.linear + row.positionBased + row.timeDecay > 0)
      channels.push(row);
  });
  channels.sort((a, b) => b.linear - a.linear || compareText(a.channel, b.channel));
  return { conversions, unattributed, channels };
}

/** Per-channel credit of each model. */
interface Credit {
  readonly first: Float64Array;
  readonly last: Float64Array;
  readonly linear: Float64Array;
  readonly position: Float64Array;
  readonly decay: Float64Array;
}

/** Splits one conversion across its `k` touches (in time order) under every model. */
function creditTouches(
  k: number,
  codes: Int32Array,
  weights: Float64Array,
  decaySum: number,
  credit: Credit,
): void {
  const { first, last, linear, position, decay } = credit;
  const firstCode = codes[0] ?? 0;
  const lastCode = codes[k - 1] ?? 0;
  first[firstCode] = (first[firstCode] ?? 0) + 1;
  last[lastCode] = (last[lastCode] ?? 0) + 1;
  const share = 1 / k;
  const middle = k > 2 ? 0.2 / (k - 2) : 0;
  for (let i = 0; i < k; i++) {
    const code = codes[i] ?? 0;
    linear[code] = (linear[code] ?? 0) + share;
    const positionShare = k === 1 ? 1 : k === 2 ? 0.5 : i === 0 || i === k - 1 ? 0.4 : middle;
    position[code] = (position[code] ?? 0) + positionShare;
    decay[code] = (decay[code] ?? 0) + (weights[i] ?? 0) / decaySum;
  }
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
