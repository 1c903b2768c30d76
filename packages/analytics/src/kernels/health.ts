import type { JourneyIndex } from '../journey-index';
import type { HealthQuery } from '../query';
import type { HealthResult, StageHealth } from '../results';
import type { PreparedQuery } from './scope';
import { groupMasks, maskAt } from './scope';
import { startsSession } from './sessions';
import { checkpoint } from '../deadline';

/** Highest set bit of a mask below `limit` bits, or -1. */
function highestStage(mask: number, limit: number): number {
  for (let s = limit - 1; s >= 0; s--) if (((mask >>> s) & 1) === 1) return s;
  return -1;
}

/**
 * Journey health over ordered stages (an event belongs to the highest stage it matches). With two or
 * more stages the last one is the conversion; a single stage has no conversion stage, so its users can
 * bounce and stall but never convert (regressions and loops need two stages). Per user: stages reached; regressions (an event of an earlier stage than the one
 * visited before); loops (a stage entered again after leaving it); bounce (one session, furthest stage
 * never passed, not converted); stall (not converted and no new furthest stage for `stallDays` before `asOf`).
 */
export function runHealth(index: JourneyIndex, query: HealthQuery, prepared: PreparedQuery): HealthResult {
  const masks = groupMasks(index, prepared);
  const n = query.stages.length;
  const idleMs = query.sessionIdleSeconds * 1000;
  let latest = -Infinity;
  for (let row = 0; row < index.eventCount; row++) latest = Math.max(latest, index.timestamps[row] ?? 0);
  const asOf = query.asOf ?? (index.eventCount > 0 ? latest : 0);
  const stallMs = query.stallDays * 86_400_000;
  const reached = new Float64Array(n);
  const bounced = new Float64Array(n);
  const regressed = new Float64Array(n);
  const stalled = new Float64Array(n);
  const looped = new Float64Array(n);
  const seen = new Uint8Array(n);
  const regressions = new Map<number, number>();
  let users = 0;
  let converted = 0;
  const bump = (array: Float64Array, s: number): void => {
    array[s] = (array[s] ?? 0) + 1;
  };
  for (let user = 0; user < index.userIds.length; user++) {
    checkpoint();
    const from = index.userOffsets[user] ?? 0;
    const to = index.userOffsets[user + 1] ?? 0;
    seen.fill(0);
    let previous = -1;
    let furthest = -1;
    let furthestAt = 0;
    let sessions = 1;
    let regressedMask = 0;
    let loopedMask = 0;
    for (let row = from; row < to; row++) {
      if (row > from && startsSession(index, row - 1, row, idleMs)) sessions++;
      const stage = highestStage(maskAt(masks, index, row), n);
      if (stage === -1) continue;
      if (stage > furthest) {
        furthest = stage;
        furthestAt = index.timestamps[row] ?? 0;
      }
      if (previous !== -1 && stage !== previous) {
        if (stage < previous) {
          regressedMask |= 1 << previous;
          const key = previous * n + stage;
          regressions.set(key, (regressions.get(key) ?? 0) + 1);
        }
        if (seen[stage] === 1) loopedMask |= 1 << stage;
      }
      seen[stage] = 1;
      previous = stage;
    }
    if (furthest === -1) continue;
    users++;
    for (let s = 0; s < n; s++) {
      if (seen[s] === 1) bump(reached, s);
      if (((regressedMask >>> s) & 1) === 1) bump(regressed, s);
      if (((loopedMask >>> s) & 1) === 1) bump(looped, s);
    }
    if (n >= 2 && furthest === n - 1) {
      converted++;
      continue;
    }
    if (sessions === 1) bump(bounced, furthest);
    if (asOf - furthestAt >= stallMs) bump(stalled, furthest);
  }
  const stages: StageHealth[] = Array.from({ length: n }, (_, s) => ({
    stage: s + 1,
    name: query.stageNames?.[s] ?? `Stage ${s + 1}`,
    users: reached[s] ?? 0,
    bounced: bounced[s] ?? 0,
    regressed: regressed[s] ?? 0,
    stalled: stalled[s] ?? 0,
    looped: looped[s] ?? 0,
  }));
  return {
    users,
    converted,
    asOf,
    stages,
    regressions: [...regressions.entries()]
      .map(([key, count]) => ({ from: Math.floor(key / n) + 1, to: (key % n) + 1, count }))
      .sort((a, b) => b.count - a.count || a.from - b.from || a.to - b.to),
  };
}
