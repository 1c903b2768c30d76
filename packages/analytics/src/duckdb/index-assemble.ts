import type { JourneyIndex } from '../journey-index';

/** The full index plus what scoped indexes need: the position of every ingestion sequence number. */
export interface FullIndex {
  readonly index: JourneyIndex;
  /** `positionOfSeq[seq]` is the row of that event in `index`, or -1. */
  readonly positionOfSeq: Int32Array;
}

/** Coded event columns as stored (any row order): row `i` of each array is one event. */
export interface CodedRows {
  readonly userCodes: Int32Array;
  readonly timestamps: Float64Array;
  readonly seqs: Float64Array;
  readonly eventCodes: Int32Array;
  /** -1 where the event has no channel (or session). */
  readonly channelCodes: Int32Array;
  readonly sessionCodes: Int32Array;
}

/** A dictionary listed in text order: `codes[i]` is the stored code of `texts[i]`. */
export interface TextDictionary {
  readonly codes: Int32Array;
  readonly texts: readonly string[];
}

/** Segments longer than this are sorted with the built-in sort instead of insertion sort. */
const INSERTION_LIMIT = 24;

/**
 * Renumbers a dictionary in text order, keeping only the codes in use: returns the new code of each
 * stored code (-1 when unused) and the texts by new code.
 */
function textOrder(dictionary: TextDictionary, used: Uint8Array): { rank: Int32Array; texts: string[] } {
  const rank = new Int32Array(used.length).fill(-1);
  const texts: string[] = [];
  for (let i = 0; i < dictionary.codes.length; i++) {
    const code = dictionary.codes[i] ?? -1;
    if (code < 0 || code >= used.length || used[code] === 0) continue;
    rank[code] = texts.length;
    texts.push(dictionary.texts[i] ?? '');
  }
  return { rank, texts };
}

/** Marks the codes that occur in a column (negative codes mean missing and are ignored). */
function usedCodes(codes: Int32Array, size: number): Uint8Array {
  const used = new Uint8Array(size);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? -1;
    if (code >= 0) used[code] = 1;
  }
  return used;
}

/** Largest stored code of a dictionary plus one. */
function codeSpace(dictionary: TextDictionary): number {
  let max = -1;
  for (const code of dictionary.codes) if (code > max) max = code;
  return max + 1;
}

/** Whether row `a` comes after row `b` (time, then ingestion order). */
function after(timestamps: Float64Array, seqs: Float64Array, a: number, b: number): boolean {
  const ta = timestamps[a] ?? 0;
  const tb = timestamps[b] ?? 0;
  return ta > tb || (ta === tb && (seqs[a] ?? 0) > (seqs[b] ?? 0));
}

/** Sorts `perm[from, to)` (row numbers of one user) by time, then ingestion order, in place. */
function sortSegment(
  perm: Int32Array,
  from: number,
  to: number,
  timestamps: Float64Array,
  seqs: Float64Array,
): void {
  let sorted = true;
  for (let i = from + 1; i < to && sorted; i++) {
    if (after(timestamps, seqs, perm[i - 1] ?? 0, perm[i] ?? 0)) sorted = false;
  }
  if (sorted) return;
  if (to - from > INSERTION_LIMIT) {
    perm
      .subarray(from, to)
      .sort((a, b) => (timestamps[a] ?? 0) - (timestamps[b] ?? 0) || (seqs[a] ?? 0) - (seqs[b] ?? 0));
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const row = perm[i] ?? 0;
    let j = i - 1;
    while (j >= from && after(timestamps, seqs, perm[j] ?? 0, row)) {
      perm[j + 1] = perm[j] ?? 0;
      j--;
    }
    perm[j + 1] = row;
  }
}

/**
 * Builds the journey index from coded rows in any order: users, names and channels renumbered in text
 * order (unused dictionary entries dropped), rows bucketed by user (counting sort) and each user's rows
 * ordered by time, then ingestion order. Linear apart from the per-user sorts, which are skipped when
 * a user's rows are already in order (the common case: files are mostly written in time order).
 * Session codes are kept as stored (they only need to differ between sessions).
 */
export function assembleIndex(
  rows: CodedRows,
  users: TextDictionary,
  events: TextDictionary,
  channels: TextDictionary,
): FullIndex {
  const n = rows.userCodes.length;
  const userSpace = codeSpace(users);
  const perCode = new Int32Array(userSpace);
  for (let row = 0; row < n; row++) perCode[rows.userCodes[row] ?? 0]! += 1;
  const userRank = new Int32Array(userSpace).fill(-1);
  const userIds: string[] = [];
  const offsets = new Int32Array(users.codes.length + 1);
  let total = 0;
  for (let i = 0; i < users.codes.length; i++) {
    const code = users.codes[i] ?? -1;
    const count = code >= 0 ? (perCode[code] ?? 0) : 0;
    if (count === 0) continue;
    userRank[code] = userIds.length;
    userIds.push(users.texts[i] ?? '');
    total += count;
    offsets[userIds.length] = total;
  }
  if (total !== n)
    throw new Error(`journey index: ${n - total} events have a user code missing from wm_users`);
  const userOffsets = offsets.slice(0, userIds.length + 1);
  const cursor = userOffsets.slice(0, userIds.length);
  const perm = new Int32Array(n);
  for (let row = 0; row < n; row++) perm[cursor[userRank[rows.userCodes[row] ?? 0] ?? 0]!++] = row;
  for (let user = 0; user < userIds.length; user++) {
    const from = userOffsets[user] ?? 0;
    const to = userOffsets[user + 1] ?? 0;
    if (to - from > 1) sortSegment(perm, from, to, rows.timestamps, rows.seqs);
  }
  const eventOrder = textOrder(events, usedCodes(rows.eventCodes, codeSpace(events)));
  const channelOrder = textOrder(channels, usedCodes(rows.channelCodes, codeSpace(channels)));
  const timestamps = new Float64Array(n);
  const seqs = new Float64Array(n);
  const eventCodes = new Int32Array(n);
  const channelCodes = new Int32Array(n);
  const sessionCodes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const row = perm[i] ?? 0;
    timestamps[i] = rows.timestamps[row] ?? 0;
    seqs[i] = rows.seqs[row] ?? 0;
    eventCodes[i] = eventOrder.rank[rows.eventCodes[row] ?? 0] ?? -1;
    const channel = rows.channelCodes[row] ?? -1;
    channelCodes[i] = channel < 0 ? -1 : (channelOrder.rank[channel] ?? -1);
    sessionCodes[i] = rows.sessionCodes[row] ?? -1;
  }
  const index: JourneyIndex = {
    eventCount: n,
    userIds,
    userOffsets,
    timestamps,
    seqs,
    eventCodes,
    eventNames: eventOrder.texts,
    channelCodes,
    channelNames: channelOrder.texts,
    sessionCodes,
    conditionMasks: null,
    properties: new Map(),
  };
  return { index, positionOfSeq: positionsOf(seqs) };
}

/** Inverts the seq column: position of each sequence number (-1 where none). */
export function positionsOf(seqs: Float64Array): Int32Array {
  let max = 0;
  for (let i = 0; i < seqs.length; i++) if ((seqs[i] ?? 0) > max) max = seqs[i] ?? 0;
  const positions = new Int32Array(max + 1).fill(-1);
  for (let row = 0; row < seqs.length; row++) positions[seqs[row] ?? 0] = row;
  return positions;
}
