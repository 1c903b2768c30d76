import type { JourneyIndex } from '../journey-index';
import type { AttributionQuery } from '../query';
import type { AttributionResult, ChannelAttribution } from '../results';
import { compareText } from './funnel';
import type { PreparedQuery } from './scope';
import { groupMasks, maskAt } from './scope';

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
  const halfLifeMs = query.halfLifeSeconds * 1000;
  const filterTouches = query.touches !== undefined;
  let conversions = 0;
  let unattributed = 0;
  const { channelCodes, timestamps, userOffsets } = index;
  const add = (array: Float64Array, code: number, value: number): void => {
    array[code] = (array[code] ?? 0) + value;
  };
  for (let user = 0; user < index.userIds.length; user++) {
    let touchFrom = userOffsets[user] ?? 0;
    const end = userOffsets[user + 1] ?? 0;
    for (let row = touchFrom; row < end; row++) {
      if ((maskAt(masks, index, row) & 1) === 0) continue;
      conversions++;
      const at = timestamps[row] ?? 0;
      let k = 0;
      let decaySum = 0;
      let firstTouch = -1;
      let lastTouch = -1;
      for (let t = touchFrom; t <= row; t++) {
        const code = channelCodes[t] ?? -1;
        if (code === -1 || at - (timestamps[t] ?? 0) > lookbackMs) continue;
        if (filterTouches && (maskAt(masks, index, t) & 2) === 0) continue;
        if (firstTouch === -1) firstTouch = t;
        lastTouch = t;
        k++;
      }
      if (k === 0) unattributed++;
      else {
        add(first, channelCodes[firstTouch] ?? 0, 1);
        add(last, channelCodes[lastTouch] ?? 0, 1);
        let i = 0;
        for (let t = firstTouch; t <= lastTouch; t++) {
          const code = channelCodes[t] ?? -1;
          if (code === -1 || at - (timestamps[t] ?? 0) > lookbackMs) continue;
          if (filterTouches && (maskAt(masks, index, t) & 2) === 0) continue;
          add(linear, code, 1 / k);
          const share = k === 1 ? 1 : k === 2 ? 0.5 : i === 0 || i === k - 1 ? 0.4 : 0.2 / (k - 2);
          add(position, code, share);
          const weight = Math.pow(2, -(at - (timestamps[t] ?? 0)) / halfLifeMs);
          decaySum += weight;
          i++;
        }
        i = 0;
        for (let t = firstTouch; t <= lastTouch; t++) {
          const code = channelCodes[t] ?? -1;
          if (code === -1 || at - (timestamps[t] ?? 0) > lookbackMs) continue;
          if (filterTouches && (maskAt(masks, index, t) & 2) === 0) continue;
          add(decay, code, Math.pow(2, -(at - (timestamps[t] ?? 0)) / halfLifeMs) / decaySum);
          i++;
        }
      }
      if (query.conversions === 'first') break;
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
