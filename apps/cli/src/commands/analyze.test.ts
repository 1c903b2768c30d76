import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../spawn-cli';

const FIXTURES = join(import.meta.dirname, '../../../../packages/analytics/src/fixtures');

describe('waymark events / analyze', () => {
  let dir: string;
  let csv: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'waymark-analyze-'));
    csv = join(dir, 'events.csv');
    await writeFile(
      csv,
      'user_id,event,timestamp,channel\nu1,home,2024-01-01T00:00:00Z,web\nu1,product,2024-01-01T00:05:00Z,web\n' +
        'u1,purchase,2024-01-01T00:20:00Z,email\nu2,home,2024-01-01T00:00:00Z,ads\nu2,cart,2024-01-01T00:03:00Z,ads\n',
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints a funnel from a file as JSON, with | steps and a window', async () => {
    const run = await spawnCli(
      [
        'analyze',
        'funnel',
        '--events',
        csv,
        '--step',
        'home',
        '--step',
        'product|cart',
        '--step',
        'purchase',
        '--window',
        '1h',
        '--json',
      ],
      join(dir, 'data'),
    );
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as {
      steps: { step: number; users: number; medianSeconds: number | null }[];
    };
    expect(result.steps.map((s) => [s.step, s.users, s.medianSeconds])).toEqual([
      [1, 2, null],
      [2, 2, 240],
      [3, 1, 900],
    ]);
    const perUser = await spawnCli(
      ['analyze', 'funnel', '--events', csv, '--step', 'home', '--step', 'purchase', '--per-user'],
      dir,
    );
    expect(JSON.parse(perUser.stdout)).toEqual({ levels: { u1: 2, u2: 1 } });
  });

  it('imports into the data directory, then answers dfg and variants from the store', async () => {
    const data = join(dir, 'store');
    const pm4py = join(FIXTURES, 'pm4py/running-example.csv');
    const imported = await spawnCli(
      [
        'events',
        'import',
        pm4py,
        '--user',
        'case:concept:name',
        '--event',
        'concept:name',
        '--time',
        'time:timestamp',
        '--json',
      ],
      data,
    );
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ inserted: 42 });
    const dfg = JSON.parse((await spawnCli(['analyze', 'dfg', '--json'], data)).stdout) as {
      edges: unknown[];
      start: unknown;
    };
    expect(dfg.edges).toHaveLength(16);
    expect(dfg.start).toEqual({ 'register request': 6 });
    const variants = JSON.parse(
      (await spawnCli(['analyze', 'variants', '--top', '2', '--json'], data)).stdout,
    ) as {
      variants: unknown[];
      total: number;
    };
    expect(variants.variants).toHaveLength(2);
    expect(variants.total).toBe(6);
  });

  it('fails with one clear line on bad input', async () => {
    const badWindow = await spawnCli(
      ['analyze', 'funnel', '--events', csv, '--step', 'home', '--window', 'soon'],
      dir,
    );
    expect(badWindow.code).not.toBe(0);
    expect(badWindow.stderr.trim().split('\n')).toEqual([
      'error: --window: expected a duration like 7d, 12h, 30m or 90, got "soon"',
    ]);
    const missing = await spawnCli(['analyze', 'dfg', '--events', join(dir, 'nope.csv')], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: .*nope\.csv: cannot be read/);
  });
});
