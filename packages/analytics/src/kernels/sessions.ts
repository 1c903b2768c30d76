import type { JourneyIndex } from '../journey-index';
import { checkpoint } from '../deadline';

/**
 * Whether `row` starts a new session after `previous` (both rows of the same user, in order).
 * Rows with session ids split where the id changes; rows without split after more than
 * `idleMs` without events. A change between having and lacking a session id also splits.
 */
export function startsSession(index: JourneyIndex, previous: number, row: number, idleMs: number): boolean {
  const a = index.sessionCodes[previous] ?? -1;
  const b = index.sessionCodes[row] ?? -1;
  if (a !== -1 || b !== -1) return a !== b;
  return (index.timestamps[row] ?? 0) - (index.timestamps[previous] ?? 0) > idleMs;
}

/**
 * Calls `visit(start, end)` for each sequence (a user's rows, or each session of it), in index order;
 * `end` is exclusive. `user` is the user code of the sequence.
 */
export function forEachSequence(
  index: JourneyIndex,
  bySession: boolean,
  idleMs: number,
  visit: (start: number, end: number, user: number) => void,
): void {
  const offsets = index.userOffsets;
  const users = index.userIds.length;
  for (let user = 0; user < users; user++) {
    checkpoint();
    const first = offsets[user] ?? 0;
    const last = offsets[user + 1] ?? 0;
    if (first === last) continue;
    if (!bySession) {
      visit(first, last, user);
      continue;
    }
    let start = first;
    for (let row = first + 1; row < last; row++) {
      if (startsSession(index, row - 1, row, idleMs)) {
        visit(start, row, user);
        start = row;
      }
    }
    visit(start, last, user);
  }
}

/**
 * Row boundaries of the sequences (a user's rows, or each session): sequence `s` is rows
 * `[bounds[s], bounds[s + 1])`; a sequence may be empty. By user this is `userOffsets` itself (no copy),
 * so kernels can loop over sequences without a callback per sequence.
 */
export function sequenceBounds(index: JourneyIndex, bySession: boolean, idleMs: number): Int32Array {
  if (!bySession) return index.userOffsets;
  const bounds = new Int32Array(index.eventCount + index.userIds.length + 1);
  const offsets = index.userOffsets;
  let n = 0;
  for (let user = 0; user < index.userIds.length; user++) {
    checkpoint();
    const first = offsets[user] ?? 0;
    const last = offsets[user + 1] ?? 0;
    bounds[n++] = first;
    for (let row = first + 1; row < last; row++) {
      if (startsSession(index, row - 1, row, idleMs)) bounds[n++] = row;
    }
  }
  bounds[n++] = index.eventCount;
  return bounds.subarray(0, n);
}
