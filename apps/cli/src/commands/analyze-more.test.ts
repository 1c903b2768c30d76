import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliHarness } from '../testing/cli-harness';
import { openCliHarness } from '../testing/cli-harness';

/**
 * `waymark analyze paths|attribution|health|trends|journey` against an imported store. Events (2024-01-01):
 *   a: view 0h (web), cart 1h (web), purchase 3h (email)
 *   b: view 0h, cart 5h, view 6h (ads)
 *   c: view 0h, purchase 1h (web)
 *   d: view 0h (social)
 *   e: view day 0, cart day 3, purchase day 3 + 2h (ads)
 */
const CSV = `user_id,event,timestamp,channel
a,view,2024-01-01T00:00:00Z,web
a,cart,2024-01-01T01:00:00Z,web
a,purchase,2024-01-01T03:00:00Z,email
b,view,2024-01-01T00:00:00Z,ads
b,cart,2024-01-01T05:00:00Z,ads
b,view,2024-01-01T06:00:00Z,ads
c,view,2024-01-01T00:00:00Z,web
c,purchase,2024-01-01T01:00:00Z,web
d,view,2024-01-01T00:00:00Z,social
e,view,2024-01-01T00:00:00Z,ads
e,cart,2024-01-04T00:00:00Z,ads
e,purchase,2024-01-04T02:00:00Z,ads
`;

let cli: CliHarness;
let dir = '';
const run = async (...args: string[]): Promise<unknown> => {
  const result = await cli.run(...args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};

beforeAll(async () => {
  cli = await openCliHarness('waymark-analyze-more-');
  dir = cli.dir;
  await writeFile(join(dir, 'events.csv'), CSV);
  expect(await run('events', 'import', 'events.csv', '--json')).toMatchObject({ inserted: 12, skipped: 0 });
});
afterAll(async () => {
  await cli.close();
});

describe('waymark analyze (store)', () => {
  it('paths: sessions by idle gap, cleaning rules and top N', async () => {
    // With a one-day idle gap only e's three-day pause splits a user's events.
    const result = (await run(
      'analyze',
      'paths',
      '--idle',
      '1d',
      '--clean',
      'vi*=visit',
      '--top',
      '3',
      '--json',
    )) as {
      total: number;
      paths: unknown[];
    };
    expect(result.total).toBe(6);
    expect(result.paths).toEqual([
      { events: ['visit'], count: 2 },
      { events: ['cart', 'purchase'], count: 1 },
      { events: ['visit', 'cart', 'purchase'], count: 1 },
    ]);
  });

  it('attribution: every model over a lookback with a half-life', async () => {
    const result = (await run(
      'analyze',
      'attribution',
      '--conversion',
      'purchase',
      '--lookback',
      '2d',
      '--half-life',
      '1h',
      '--json',
    )) as { conversions: number; unattributed: number; channels: Record<string, number | string>[] };
    // a: web, web, email (the purchase itself) with ages 3h, 2h, 0 -> decay weights 1/8, 1/4, 1.
    // c: web twice. e: the day-0 view is older than 2 days; ads twice.
    expect(result.conversions).toBe(3);
    expect(result.unattributed).toBe(0);
    const expected = [
      { channel: 'web', firstTouch: 2, lastTouch: 1, linear: 5 / 3, positionBased: 1.6, timeDecay: 14 / 11 },
      { channel: 'ads', firstTouch: 1, lastTouch: 1, linear: 1, positionBased: 1, timeDecay: 1 },
      { channel: 'email', firstTouch: 0, lastTouch: 1, linear: 1 / 3, positionBased: 0.4, timeDecay: 8 / 11 },
    ];
    expect(result.channels.map((c) => c.channel)).toEqual(expected.map((c) => c.channel));
    result.channels.forEach((channel, i) => {
      for (const [key, value] of Object.entries(expected[i] ?? {})) {
        if (typeof value === 'number') expect(channel[key], key).toBeCloseTo(value, 10);
      }
    });
  });

  it('attribution: --model computes and prints only the named models', async () => {
    const args = ['analyze', 'attribution', '--conversion', 'purchase', '--lookback', '2d'];
    const models = ['--model', 'last_touch', '--model', 'first_touch'];
    // Same credit as above; ranked by first touch when linear is not asked for.
    expect(await run(...args, ...models, '--json')).toEqual({
      conversions: 3,
      unattributed: 0,
      channels: [
        { channel: 'web', firstTouch: 2, lastTouch: 1 },
        { channel: 'ads', firstTouch: 1, lastTouch: 1 },
        { channel: 'email', firstTouch: 0, lastTouch: 1 },
      ],
    });
    // --no-conversion-touch: a's purchase on email is no touch of its own, so web takes it.
    expect(await run(...args, ...models, '--no-conversion-touch', '--json')).toEqual({
      conversions: 3,
      unattributed: 0,
      channels: [
        { channel: 'web', firstTouch: 2, lastTouch: 2 },
        { channel: 'ads', firstTouch: 1, lastTouch: 1 },
      ],
    });
    const table = await cli.run(...args, ...models);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    const rows = lines
      .filter((line) => line.includes('│'))
      .map((line) =>
        line
          .split('│')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    expect(rows).toEqual([
      ['channel', 'first touch', 'last touch'],
      ['web', '2', '1'],
      ['ads', '1', '1'],
      ['email', '0', '1'],
    ]);
    expect(lines.at(-1)).toBe('3 conversions, 0 without a touch');
  });

  it('attribution: refuses an unknown or repeated --model', async () => {
    const args = ['analyze', 'attribution', '--conversion', 'purchase'];
    const unknown = await cli.run(...args, '--model', 'u_shaped');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /--model: expected first_touch, last_touch, linear, position_based, time_decay, got "u_shaped"/,
    );
    const repeated = await cli.run(...args, '--model', 'linear', '--model', 'linear');
    expect(repeated.code).toBe(2);
    expect(repeated.stderr).toMatch(/--model: "linear" is given more than once/);
  });

  it('health: bounce, regression, stall and loop per stage; one stage works too', async () => {
    const result = await run(
      'analyze',
      'health',
      '--stage',
      'view',
      '--stage',
      'cart',
      '--stage',
      'purchase',
      '--stall-days',
      '1',
      '--json',
    );
    expect(result).toEqual({
      users: 5,
      converted: 3,
      asOf: Date.UTC(2024, 0, 4, 2),
      stages: [
        { stage: 1, name: 'view', users: 5, bounced: 1, regressed: 0, stalled: 1, looped: 1 },
        { stage: 2, name: 'cart', users: 3, bounced: 0, regressed: 1, stalled: 1, looped: 0 },
        { stage: 3, name: 'purchase', users: 3, bounced: 0, regressed: 0, stalled: 0, looped: 0 },
      ],
      regressions: [{ from: 2, to: 1, count: 1 }],
    });
    const single = (await run('analyze', 'health', '--stage', 'view', '--stall-days', '1', '--json')) as {
      converted: number;
      stages: unknown[];
    };
    expect(single.converted).toBe(0);
    expect(single.stages).toEqual([
      { stage: 1, name: 'view', users: 5, bounced: 1, regressed: 0, stalled: 5, looped: 0 },
    ]);
  });

  it('trends: per day with change, per week by channel', async () => {
    const days = (await run('analyze', 'trends', '--interval', 'day', '--measure', 'users', '--json')) as {
      series: unknown[];
    };
    expect(days.series).toEqual([
      {
        name: 'all',
        points: [
          { period: '2024-01-01', value: 5, previous: null, change: null },
          { period: '2024-01-02', value: 0, previous: 5, change: -1 },
          { period: '2024-01-03', value: 0, previous: 0, change: null },
          { period: '2024-01-04', value: 1, previous: 0, change: null },
        ],
      },
    ]);
    // The file has no session column: sessions split after the idle gap, as paths split them (the six
    // sessions of the paths test above: five users on the 1st, e again after its three-day pause).
    const sessions = (await run('analyze', 'trends', '--measure', 'sessions', '--idle', '1d', '--json')) as {
      series: { points: { value: number }[] }[];
    };
    expect(sessions.series[0]?.points.map((p) => p.value)).toEqual([5, 0, 0, 1]);
    const weeks = (await run('analyze', 'trends', '--interval', 'week', '--by-channel', '--json')) as {
      series: { name: string; points: { period: string; value: number }[] }[];
    };
    expect(weeks.series.map((s) => [s.name, s.points.map((p) => [p.period, p.value])])).toEqual([
      ['ads', [['2024-01-01', 6]]],
      ['email', [['2024-01-01', 1]]],
      ['social', [['2024-01-01', 1]]],
      ['web', [['2024-01-01', 4]]],
    ]);
  });

  it('journey: a template map with stages bound to events, measured stage by stage', async () => {
    const created = await cli.run('new', '--template', 'purchase', '--title', 'Shop');
    expect(created.code).toBe(0);
    const mapId = created.stdout.trim();
    const file = join(dir, 'map.json');
    expect((await cli.run('export', mapId, '--format', 'json', '--out', file)).code).toBe(0);
    const document = JSON.parse(await readFile(file, 'utf8')) as {
      journey: { stages: { id: string; matchers: unknown[] }[] };
    };
    const bindings = ['view', 'cart', 'purchase'];
    document.journey.stages.forEach((stage, i) => {
      const event = bindings[i];
      stage.matchers = event === undefined ? [] : [{ type: 'event_equals', event }];
    });
    await writeFile(file, JSON.stringify(document));
    expect((await cli.run('import', file)).code).toBe(0);

    const result = (await run(
      'analyze',
      'journey',
      mapId,
      '--window',
      '2d',
      '--stall-days',
      '1',
      '--json',
    )) as {
      journeyId: string;
      users: number;
      converted: number;
      stages: Record<string, unknown>[];
    };
    expect(result).toMatchObject({ journeyId: mapId, users: 5, converted: 1 });
    const [view, cart, purchase, ...rest] = result.stages;
    // In order within 2 days: 5 view, a and b reach cart (1h and 5h), a purchases 2h after its cart.
    expect(view).toMatchObject({
      stageId: document.journey.stages[0]?.id,
      users: 5,
      conversionFromPrevious: null,
      dropOff: 3,
      medianSecondsToNext: 3 * 3600,
      bounced: 1,
      stalled: 1,
      regressed: 0,
    });
    expect(cart).toMatchObject({
      users: 2,
      conversionFromPrevious: 0.4,
      dropOff: 1,
      medianSecondsToNext: 7200,
      regressed: 1,
    });
    expect(purchase).toMatchObject({
      users: 1,
      conversionFromPrevious: 0.5,
      dropOff: 0,
      medianSecondsToNext: null,
    });
    // The channels of the one user who reached purchase in the funnel (a, by email).
    expect(purchase?.topChannels).toEqual([{ channel: 'email', users: 1 }]);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((stage) => stage.measured === false)).toBe(true);

    // The map's conversions for attribution are the users who completed its funnel: a alone (c never
    // carted, e took three days), credited at its purchase; its touches are a's three events.
    const credited = (await run(
      'analyze',
      'attribution',
      '--journey',
      mapId,
      '--window',
      '2d',
      '--json',
    )) as {
      conversions: number;
      unattributed: number;
      channels: { channel: string; linear: number }[];
    };
    expect(credited).toMatchObject({ conversions: result.converted, unattributed: 0 });
    expect(credited.channels.map((c) => [c.channel, c.linear])).toEqual([
      ['web', 2 / 3],
      ['email', 1 / 3],
    ]);
    const steps = ['--step', 'view', '--step', 'cart', '--step', 'purchase', '--window', '2d', '--json'];
    expect(await run('analyze', 'attribution', ...steps)).toEqual(credited);
    const neither = await cli.run('analyze', 'attribution');
    expect(neither.code).toBe(2);
    expect(neither.stderr).toBe(
      'error: analyze attribution: give one of --conversion, --step or --journey\n',
    );

    // A date alone as --to includes that whole day, as the server reads ?to=: e's cart and purchase
    // (January 4) are out, everyone's January 1 events are in.
    const january1 = (await run('analyze', 'journey', mapId, '--to', '2024-01-01', '--json')) as {
      stages: { users: number }[];
    };
    expect(january1.stages.slice(0, 3).map((stage) => stage.users)).toEqual([5, 2, 1]);
    const bad = await cli.run('analyze', 'journey', mapId, '--to', '2024-02-30');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'error: --to: expected a date like 2024-01-31 or a date-time like 2024-01-31T12:00:00Z, got "2024-02-30"\n',
    );
  });
});
