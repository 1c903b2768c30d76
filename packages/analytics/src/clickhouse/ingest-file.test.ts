import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useClickHouse } from './test-support';

const clickhouse = useClickHouse();

describe('file import [clickhouse]', () => {
  it('imports CSV through the shared reader, skipping bad rows and duplicate ids', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-ch-ingest-'));
    const store = await clickhouse.newStore();
    try {
      const file = join(dir, 'events.csv');
      await writeFile(
        file,
        [
          'user_id,event,timestamp,channel,event_id,plan',
          'u1,home,2024-01-01T00:00:00Z,web,e1,pro',
          'u1,"it\'s ""quoted"", ok",2024-01-01T00:01:00Z,,e2,',
          'u2,home,not-a-time,web,e3,free',
          'u2,product,1704067500000,ads,e1,free',
          'u3,سلام,2024-01-01T00:02:00Z,email,e4,free',
        ].join('\n'),
      );
      const report = await store.ingestFile(file, { onError: 'skip' });
      expect(report).toMatchObject({ rows: 5, inserted: 3, duplicates: 1, skipped: 1 });
      expect(report.errors[0]).toMatchObject({ row: 3, column: 'timestamp' });
      const again = await store.ingestFile(file, { onError: 'skip' });
      expect(again).toMatchObject({ inserted: 0, duplicates: 4 });
      const index = await store.index({ properties: ['plan'] });
      expect(index.userIds).toEqual(['u1', 'u3']);
      expect([...index.eventNames]).toEqual(['home', 'it\'s "quoted", ok', 'سلام']);
      await expect(store.ingestFile(file)).rejects.toThrow(/bad row/);
      expect(await store.count()).toBe(3);
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
