import type { PropertyCondition } from '@waymark/domain';
import type { TimeRange } from './query';

/**
 * The columnar journey index: every event in scope sorted by user, timestamp, then ingestion order,
 * with dictionary-coded names. Kernels answer each sequence query with one pass over it.
 * Row `i` of every per-event array describes the same event; user `u` owns rows
 * `[userOffsets[u], userOffsets[u + 1])`.
 */
export interface JourneyIndex {
  /** Number of events (rows). */
  readonly eventCount: number;
  /** User ids, one per user code, in index order. */
  readonly userIds: readonly string[];
  /** Length `userIds.length + 1`; user `u` owns rows `userOffsets[u] .. userOffsets[u + 1] - 1`. */
  readonly userOffsets: Int32Array;
  /** Event time, epoch milliseconds. */
  readonly timestamps: Float64Array;
  /** Ingestion sequence number (1-based, grows across imports); breaks timestamp ties. */
  readonly seqs: Float64Array;
  /** Event name code per row; the name is `eventNames[code]`. */
  readonly eventCodes: Int32Array;
  readonly eventNames: readonly string[];
  /** Channel code per row, -1 when the event has no channel; the name is `channelNames[code]`. */
  readonly channelCodes: Int32Array;
  readonly channelNames: readonly string[];
  /** Session code per row, -1 when the event has no session id. Codes are unique across users. */
  readonly sessionCodes: Int32Array;
  /**
   * Per-row bit mask: bit `k` is set when the event meets every condition of `IndexScope.conditionSets[k]`.
   * Null when no condition sets were asked for.
   */
  readonly conditionMasks: Uint32Array | null;
  /** Property values asked for in `IndexScope.properties`, coded per row (-1 = missing). */
  readonly properties: ReadonlyMap<string, CodedColumn>;
}

/** A dictionary-coded text column: `values[codes[i]]`, or missing when the code is -1. */
export interface CodedColumn {
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

/** Most condition sets one index can carry (bits of `conditionMasks`). */
export const MAX_CONDITION_SETS = 32;

/**
 * What an adapter extracts into an index: the time range and filters restrict rows; `conditionSets`
 * (each an AND of property conditions, at most 32) become `conditionMasks`; `properties` become coded columns.
 */
export interface IndexScope {
  readonly timeRange?: TimeRange;
  readonly filters?: readonly PropertyCondition[];
  readonly conditionSets?: readonly (readonly PropertyCondition[])[];
  readonly properties?: readonly string[];
}
