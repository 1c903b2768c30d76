import { describe, expect, it } from 'vitest';
import { assembleIndex } from './index-assemble';

describe('assembleIndex', () => {
  it('orders rows by user text, time and ingestion order, renumbering dictionaries in text order', () => {
    // Stored order is scrambled; user code 2 ("zed") and name code 1 ("unused") have no events.
    const rows = {
      userCodes: Int32Array.from([1, 0, 1, 0, 0, 1]),
      timestamps: Float64Array.from([50, 20, 10, 20, 5, 50]),
      seqs: Float64Array.from([6, 3, 1, 2, 4, 5]),
      eventCodes: Int32Array.from([0, 2, 2, 0, 0, 2]),
      channelCodes: Int32Array.from([-1, 0, -1, 0, -1, -1]),
      sessionCodes: Int32Array.from([7, -1, 7, 3, 3, 9]),
    };
    const users = { codes: Int32Array.from([1, 0, 2]), texts: ['amy', 'bob', 'zed'] };
    const events = { codes: Int32Array.from([2, 1, 0]), texts: ['buy', 'unused', 'view'] };
    const channels = { codes: Int32Array.from([0]), texts: ['web'] };
    const { index, positionOfSeq } = assembleIndex(rows, users, events, channels);
    expect(index.userIds).toEqual(['amy', 'bob']);
    expect(Array.from(index.userOffsets)).toEqual([0, 3, 6]);
    expect(index.eventNames).toEqual(['buy', 'view']);
    expect(Array.from(index.seqs)).toEqual([1, 5, 6, 4, 2, 3]);
    expect(Array.from(index.timestamps)).toEqual([10, 50, 50, 5, 20, 20]);
    expect(Array.from(index.eventCodes)).toEqual([0, 0, 1, 1, 1, 0]);
    expect(Array.from(index.channelCodes)).toEqual([-1, -1, -1, -1, 0, 0]);
    expect(Array.from(index.sessionCodes)).toEqual([7, 9, 7, 3, 3, -1]);
    expect(Array.from(positionOfSeq)).toEqual([-1, 0, 4, 5, 3, 1, 2]);
  });

  it('sorts long per-user runs with the built-in sort', () => {
    const n = 100;
    const rows = {
      userCodes: new Int32Array(n),
      timestamps: Float64Array.from({ length: n }, (_, i) => (i * 37) % 11),
      seqs: Float64Array.from({ length: n }, (_, i) => i + 1),
      eventCodes: new Int32Array(n),
      channelCodes: new Int32Array(n).fill(-1),
      sessionCodes: new Int32Array(n).fill(-1),
    };
    const one = { codes: Int32Array.from([0]), texts: ['a'] };
    const { index } = assembleIndex(rows, one, one, { codes: new Int32Array(0), texts: [] });
    for (let i = 1; i < n; i++) {
      const [t0, t1] = [index.timestamps[i - 1] ?? 0, index.timestamps[i] ?? 0];
      expect(t0 < t1 || (t0 === t1 && (index.seqs[i - 1] ?? 0) < (index.seqs[i] ?? 0))).toBe(true);
    }
  });
});
