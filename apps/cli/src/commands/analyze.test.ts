import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliHarness } from '../testing/cli-harness';
import { openCliHarness } from '../testing/cli-harness';

const FIXTURES = join(import.meta.dirname, '../../../../packages/analytics/src/fixtures');

describe('waymark events / analyze', () => {
  let cli: CliHarness;
  let dir: string;
  let csv: string;
  beforeAll(async () => {
    cli = await openCliHarness('waymark-analyze-');
    dir = cli.dir;
    csv = join(dir, 'events.csv');
    await writeFile(
      csv,
      'user_id,event,timestamp,channel\nu1,home,2024-01-01T00:00:00Z,web\nu1,product,2024-01-01T00:05:00Z,web\n' +
        'u1,purchase,2024-01-01T00:20:00Z,email\nu2,home,2024-01-01T00:00:00Z,ads\nu2,cart,2024-01-01T00:03:00Z,ads\n',
    );
  });
  afterAll(async () => {
    await cli.close();
  });

  it('prints a funnel from a file as JSON, with | steps and a window', async () => {
    const run = await cli.run(
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
    const perUser = await cli.run(
      'analyze',
      'funnel',
      '--events',
      csv,
      '--step',
      'home',
      '--step',
      'purchase',
      '--per-user',
    );
    expect(JSON.parse(perUser.stdout)).toEqual({ levels: { u1: 2, u2: 1 } });
  });

  it('imports into the data directory, then answers dfg and variants from the store', async () => {
    const pm4py = join(FIXTURES, 'pm4py/running-example.csv');
    const imported = await cli.run(
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
    );
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ inserted: 42 });
    const dfg = JSON.parse((await cli.run('analyze', 'dfg', '--json')).stdout) as {
      edges: unknown[];
      start: unknown;
    };
    expect(dfg.edges).toHaveLength(16);
    expect(dfg.start).toEqual({ 'register request': 6 });
    const variants = JSON.parse((await cli.run('analyze', 'variants', '--top', '2', '--json')).stdout) as {
      variants: unknown[];
      total: number;
    };
    expect(variants.variants).toHaveLength(2);
    expect(variants.total).toBe(6);
  });

  describe('contract outputs on a funnel file', () => {
    /**
     * u1: a, b 2m, c 10m (web) · u2: a, c 1m (ads) · u3: a, b 1h (email) · u4: b, a 1m (web)
     * u5: a, x 30s, b 1m (ads). Steps a then b|c: times to step 2 are 120, 60, 3600 and 60 seconds.
     */
    let funnelCsv = '';
    beforeAll(async () => {
      funnelCsv = join(dir, 'funnel.csv');
      const rows = [
        ['u1', 'a', '00:00:00', 'web'],
        ['u1', 'b', '00:02:00', 'web'],
        ['u1', 'c', '00:10:00', 'web'],
        ['u2', 'a', '00:00:00', 'ads'],
        ['u2', 'c', '00:01:00', 'ads'],
        ['u3', 'a', '00:00:00', 'email'],
        ['u3', 'b', '01:00:00', 'email'],
        ['u4', 'b', '00:00:00', 'web'],
        ['u4', 'a', '00:01:00', 'web'],
        ['u5', 'a', '00:00:00', 'ads'],
        ['u5', 'x', '00:00:30', 'ads'],
        ['u5', 'b', '00:01:00', 'ads'],
      ];
      await writeFile(
        funnelCsv,
        `user_id,event,timestamp,channel\n${rows.map(([u, e, t, c]) => `${u},${e},2024-01-01T${t}Z,${c}`).join('\n')}\n`,
      );
    });
    const funnel = async (...extra: string[]): Promise<unknown> => {
      const run = await cli.run(
        'analyze',
        'funnel',
        '--events',
        funnelCsv,
        '--step',
        'a',
        '--step',
        'b|c',
        '--json',
        ...extra,
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout);
    };
    const figures = (result: unknown): unknown =>
      (
        result as {
          steps: { step: number; users: number; conversion: number; medianSeconds: number | null }[];
        }
      ).steps.map(({ step, users, conversion, medianSeconds }) => ({
        step,
        users,
        conversion,
        medianSeconds,
      }));

    it('prints steps with users, conversion and median seconds; windows in s, m, h, d or seconds', async () => {
      expect(figures(await funnel('--window', '7d'))).toEqual([
        { step: 1, users: 5, conversion: 1, medianSeconds: null },
        { step: 2, users: 4, conversion: 0.8, medianSeconds: 90 },
      ]);
      expect(figures(await funnel('--window', '90'))).toEqual([
        { step: 1, users: 5, conversion: 1, medianSeconds: null },
        { step: 2, users: 2, conversion: 0.4, medianSeconds: 60 },
      ]);
      // The window is inclusive: u1's b two minutes after a counts with 2m, u3's with 1h.
      expect((figures(await funnel('--window', '2m')) as { users: number }[])[1]?.users).toBe(3);
      expect((figures(await funnel('--window', '120s')) as { users: number }[])[1]?.users).toBe(3);
      expect((figures(await funnel('--window', '1h')) as { users: number }[])[1]?.users).toBe(4);
    });

    it('applies --mode, --unordered, --breakdown channel and --per-user', async () => {
      // strict_order: u5's x between a and b ends its walk at step 1.
      expect((figures(await funnel('--mode', 'strict_order')) as { users: number }[])[1]?.users).toBe(3);
      const reentry = await funnel('--mode', 'strict_order', '--mode', 'allow_reentry');
      expect((figures(reentry) as { users: number }[])[1]?.users).toBe(3);
      const alone = await cli.run(
        'analyze',
        'funnel',
        '--events',
        funnelCsv,
        '--step',
        'a',
        '--step',
        'b',
        '--mode',
        'allow_reentry',
      );
      expect([alone.code, alone.stderr.trim()]).toEqual([
        2,
        'error: invalid query (modes): the allow_reentry mode modifies strict_order: give both',
      ]);
      // Unordered: u4's b then a counts too.
      expect((figures(await funnel('--unordered')) as { users: number }[]).map((s) => s.users)).toEqual([
        5, 5,
      ]);
      const broken = (await funnel('--breakdown', 'channel')) as {
        breakdown: { value: string; steps: { users: number }[] }[];
      };
      expect(broken.breakdown.map((b) => [b.value, b.steps.map((s) => s.users)])).toEqual([
        ['ads', [2, 2]],
        ['web', [2, 1]],
        ['email', [1, 1]],
      ]);
      expect(await funnel('--per-user')).toEqual({ levels: { u1: 2, u2: 2, u3: 2, u4: 1, u5: 2 } });
    });

    it('prints the directly-follows graph and variants', async () => {
      const dfg = await cli.run('analyze', 'dfg', '--events', funnelCsv, '--json');
      expect(JSON.parse(dfg.stdout)).toEqual({
        edges: [
          { from: 'a', to: 'b', count: 2, medianSeconds: 1860 },
          { from: 'a', to: 'c', count: 1, medianSeconds: 60 },
          { from: 'a', to: 'x', count: 1, medianSeconds: 30 },
          { from: 'b', to: 'a', count: 1, medianSeconds: 60 },
          { from: 'b', to: 'c', count: 1, medianSeconds: 480 },
          { from: 'x', to: 'b', count: 1, medianSeconds: 30 },
        ],
        start: { a: 4, b: 1 },
        end: { b: 2, c: 2, a: 1 },
      });
      const variants = await cli.run('analyze', 'variants', '--events', funnelCsv, '--top', '2', '--json');
      expect(JSON.parse(variants.stdout)).toEqual({
        variants: [
          { events: ['a', 'b'], count: 1 },
          { events: ['a', 'b', 'c'], count: 1 },
        ],
        total: 5,
      });
    });
  });

  it('fails with one clear line on bad input', async () => {
    const badWindow = await cli.run(
      'analyze',
      'funnel',
      '--events',
      csv,
      '--step',
      'home',
      '--window',
      'soon',
    );
    expect(badWindow.code).not.toBe(0);
    expect(badWindow.stderr.trim().split('\n')).toEqual([
      'error: --window: expected a duration like 7d, 12h, 30m or 90, got "soon"',
    ]);
    const missing = await cli.run('analyze', 'dfg', '--events', join(dir, 'nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: .*nope\.csv: cannot be read/);
  });
});
