import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliRun } from '../spawn-cli';
import { spawnCli } from '../spawn-cli';

/** `waymark events import --dataset/--force` and `waymark datasets list|rename|delete` on one data directory. */
const JANUARY = `user_id,event,timestamp,channel
a,view,2024-01-01T00:00:00Z,web
a,cart,2024-01-01T01:00:00Z,web
b,view,2024-01-03T00:00:00Z,ads
`;
const FEBRUARY = `user_id,event,timestamp,channel
c,view,2024-02-01T00:00:00Z,web
`;

let dir = '';
let data = '';
const run = (...args: string[]): Promise<CliRun> => spawnCli(args, data, dir);
const json = async (...args: string[]): Promise<unknown> => {
  const result = await run(...args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};
const SLOW = 120_000;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-datasets-'));
  data = join(dir, 'data');
  await writeFile(join(dir, 'january.csv'), JANUARY);
  await writeFile(join(dir, 'february.csv'), FEBRUARY);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('waymark datasets', () => {
  it(
    'imports events as named data sets and refuses the same bytes again unless forced',
    async () => {
      const first = (await json('events', 'import', 'january.csv', '--dataset', 'January web', '--json')) as {
        inserted: number;
        dataSet: { id: string; name: string };
      };
      expect(first.inserted).toBe(3);
      expect(first.dataSet.name).toBe('January web');
      const again = await run('events', 'import', 'january.csv');
      expect(again.code).toBe(1);
      expect(again.stderr.trimEnd().split('\n')).toEqual([
        `error: january.csv: data set "January web" (${first.dataSet.id}) already holds this content; import with force to add it again`,
      ]);
      const plain = await run('events', 'import', 'february.csv');
      expect(plain.code).toBe(0);
      expect(plain.stdout).toMatch(
        /imported 1 event from february\.csv .* as data set "february\.csv" \(ds_/,
      );
      const listed = (await json('datasets', 'list', '--json')) as Record<string, unknown>[];
      expect(listed).toEqual([
        {
          id: first.dataSet.id,
          name: 'January web',
          kind: 'events',
          source: 'january.csv',
          contentHash: createHash('sha256').update(JANUARY).digest('hex'),
          from: '2024-01-01T00:00:00.000Z',
          to: '2024-01-03T00:00:00.000Z',
          rows: 3,
          author: 'CLI',
          createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
        expect.objectContaining({ name: 'february.csv', rows: 1 }),
      ]);
      const forced = (await json('events', 'import', 'january.csv', '--force', '--json')) as {
        inserted: number;
        dataSet: { name: string };
      };
      expect(forced.dataSet.name).toBe('january.csv');
      expect(forced.inserted).toBe(3);
      const table = await run('datasets', 'list');
      expect(table.stdout).toContain('January web');
      const winter = table.stdout.split('\n').find((line) => line.includes('January web')) ?? '';
      expect(winter).toMatch(/│ events │ january\.csv +│ 2024-01-01 – 2024-01/);
    },
    SLOW,
  );

  it(
    'renames and deletes by name or id, all or nothing, with one-line errors',
    async () => {
      const renamed = await run('datasets', 'rename', 'january web', 'Winter');
      expect(renamed.stdout).toMatch(/^renamed ds_[0-9a-f]{16} to "Winter"\n$/);
      const taken = await run('datasets', 'rename', 'Winter', 'february.csv');
      expect(taken.code).toBe(1);
      expect(taken.stderr).toBe(
        'error: a data set named "february.csv" already exists; choose another name\n',
      );
      const unknown = await run('datasets', 'delete', 'Summer');
      expect(unknown).toMatchObject({ code: 1, stderr: 'error: no data set "Summer"\n' });
      const deleted = await run('datasets', 'delete', 'Winter');
      expect(deleted.stdout).toMatch(
        /^deleted data set "Winter" \(ds_[0-9a-f]{16}, events\) and its 3 rows\n$/,
      );
      const left = (await json('datasets', 'list', '--json')) as { name: string }[];
      expect(left.map((dataSet) => dataSet.name)).toEqual(['february.csv', 'january.csv']);
      const trends = (await json('analyze', 'trends', '--interval', 'month', '--json')) as {
        series: { points: { period: string; value: number }[] }[];
      };
      // The forced copy of January is left; the deleted one took exactly its own three events.
      expect(trends.series[0]?.points.map((point) => [point.period, point.value])).toEqual([
        ['2024-01', 3],
        ['2024-02', 1],
      ]);
    },
    SLOW,
  );
});
