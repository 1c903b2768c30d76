import type { AttributionFunnel, AttributionModel, Step } from '@waymark/domain';
import type { Command } from 'commander';
import { JOURNEY_WINDOW_SECONDS } from '@waymark/domain/journey-queries';
import { fail } from '../cli-error';
import { printJson, printLines, terminalSafe, terminalWidth } from '../output';
import { withStore } from '../store-context';
import { renderTable } from '../text/table';
import type { AnalyzeFlags } from './analyze-options';
import {
  addAnalyzeFlags,
  collect,
  formatPercent,
  formatSeconds,
  parseCount,
  parseDuration,
  parseStep,
  timeRangeOf,
  withEventStore,
} from './analyze-options';

/** Window of `analyze attribution --step` when none is given: that of `analyze funnel`. */
const DEFAULT_FUNNEL_WINDOW_SECONDS = 14 * 86_400;

const round = (value: number): string => String(Math.round(value * 100) / 100);

/** Column heading of each attribution model in the `analyze attribution` table. */
const MODEL_HEADINGS: Record<AttributionModel, string> = {
  first_touch: 'first touch',
  last_touch: 'last touch',
  linear: 'linear',
  position_based: 'position',
  time_decay: 'time decay',
};

/** The five models in their canonical order (the order of the table's columns). */
const MODELS = Object.keys(MODEL_HEADINGS).filter(isModel);

function isModel(name: string): name is AttributionModel {
  return Object.hasOwn(MODEL_HEADINGS, name);
}

/** `--model` flags as attribution models (all five when none is given); unknown or repeated names fail. */
function parseModels(names: readonly string[] = []): AttributionModel[] {
  const models: AttributionModel[] = [];
  for (const name of names) {
    if (!isModel(name)) return fail(`--model: expected ${MODELS.join(', ')}, got "${name}"`, 2);
    if (models.includes(name)) fail(`--model: "${name}" is given more than once`, 2);
    models.push(name);
  }
  return models.length > 0 ? models : [...MODELS];
}

/** Registers `analyze paths|attribution|health|trends|journey` on the `analyze` command. */
export function registerAnalyzeMore(analyze: Command): void {
  addAnalyzeFlags(
    analyze
      .command('paths')
      .description('top paths through sessions and a Sankey of step positions')
      .option('--start <events>', 'paths begin at this event (names separated by |)')
      .option('--end <events>', 'paths end at this event (names separated by |)')
      .option('--clean <rule>', 'cleaning rule pattern=alias, * is a wildcard (repeatable)', collect)
      .option('--max-steps <n>', 'longest path kept', '8')
      .option('--top <n>', 'how many paths to list', '20')
      .option('--idle <duration>', 'a session ends after this long without events', '30m')
      .option('--collapse', 'merge consecutive repeats of an event'),
  ).action(
    async (
      flags: AnalyzeFlags & {
        start?: string;
        end?: string;
        clean?: string[];
        maxSteps: string;
        top: string;
        idle: string;
        collapse?: boolean;
      },
      command: Command,
    ) => {
      const cleaning = (flags.clean ?? []).map((rule) => {
        const at = rule.lastIndexOf('=');
        if (at <= 0 || at === rule.length - 1) fail(`--clean: expected pattern=alias, got "${rule}"`, 2);
        return { pattern: rule.slice(0, at), alias: rule.slice(at + 1) };
      });
      const { runQuery } = await import('@waymark/analytics');
      const result = await withEventStore(command, flags, (store) =>
        runQuery(store, {
          kind: 'paths',
          timeRange: timeRangeOf(flags),
          ...(flags.start !== undefined ? { startPoint: parseStep(flags.start, '--start') } : {}),
          ...(flags.end !== undefined ? { endPoint: parseStep(flags.end, '--end') } : {}),
          cleaning,
          maxSteps: parseCount(flags.maxSteps, '--max-steps', 2, 50),
          topN: parseCount(flags.top, '--top', 1, 1000),
          sessionIdleSeconds: parseDuration(flags.idle, '--idle'),
          collapseRepeats: flags.collapse === true,
        }),
      );
      if (flags.json) return printJson(result);
      printLines(
        renderTable(
          ['sessions', 'path'],
          result.paths.map((p) => [String(p.count), p.events.map(terminalSafe).join(' → ')]),
          { maxWidth: terminalWidth() },
        ),
        `${result.total} paths`,
      );
    },
  );

  addAnalyzeFlags(
    analyze
      .command('attribution')
      .description(
        'credit conversions to channels: first touch, last touch, linear, position-based, time decay',
      )
      .option('--conversion <events>', 'the conversion event (names separated by |)')
      .option(
        '--step <events>',
        'instead of --conversion: conversions are completions of this funnel (repeat in order)',
        collect,
      )
      .option('--window <duration>', 'with --step or --journey: the funnel window from its first step')
      .option(
        '--journey <mapId>',
        "instead of --conversion: conversions are the users who completed the map's funnel",
      )
      .option('--touch <events>', 'only these events count as touches (default: every event with a channel)')
      .option('--lookback <duration>', 'touches this long before a conversion count', '30d')
      .option('--half-life <duration>', 'time-decay half-life', '7d')
      .option('--all-conversions', "count every conversion, not only each user's first")
      .option(
        '--no-conversion-touch',
        "the conversion event's own channel is no touch (default: it is, as GA4 credits the converting session)",
      )
      .option(
        '--model <name>',
        'compute only this model: first_touch | last_touch | linear | position_based | time_decay (repeatable; default all)',
        collect,
      ),
  ).action(
    async (
      flags: AnalyzeFlags & {
        conversion?: string;
        step?: string[];
        window?: string;
        journey?: string;
        touch?: string;
        lookback: string;
        halfLife: string;
        allConversions?: boolean;
        conversionTouch: boolean;
        model?: string[];
      },
      command: Command,
    ) => {
      const models = parseModels(flags.model);
      const [{ runQuery }, { attributionFieldOf, journeyFunnel }] = await Promise.all([
        import('@waymark/analytics'),
        import('@waymark/domain'),
      ]);
      const given = [flags.conversion, flags.step, flags.journey].filter((v) => v !== undefined).length;
      if (given !== 1) fail('analyze attribution: give one of --conversion, --step or --journey', 2);
      if (flags.window !== undefined && flags.conversion !== undefined)
        fail('--window: only with --step or --journey', 2);
      const window = flags.window === undefined ? undefined : parseDuration(flags.window, '--window');
      let conversion: { conversion: Step } | { funnel: AttributionFunnel };
      if (flags.conversion !== undefined) {
        conversion = { conversion: parseStep(flags.conversion, '--conversion') };
      } else if (flags.step !== undefined) {
        const steps = flags.step.map((step, i) => parseStep(step, `--step ${i + 1}`));
        conversion = { funnel: { steps, windowSeconds: window ?? DEFAULT_FUNNEL_WINDOW_SECONDS } };
      } else {
        const mapId = flags.journey ?? '';
        const stored = await withStore(command, (store) => store.getJourney(mapId));
        if (!stored) return fail(`map "${mapId}" not found`);
        const funnel = journeyFunnel(stored.journey, window);
        if (funnel.steps.length < 2)
          fail(`map "${mapId}": link at least two stages to events to attribute its conversions`);
        conversion = { funnel };
      }
      const result = await withEventStore(command, flags, (store) =>
        runQuery(store, {
          kind: 'attribution',
          timeRange: timeRangeOf(flags),
          ...conversion,
          ...(flags.touch !== undefined ? { touches: parseStep(flags.touch, '--touch') } : {}),
          lookbackSeconds: parseDuration(flags.lookback, '--lookback'),
          halfLifeSeconds: parseDuration(flags.halfLife, '--half-life'),
          conversions: flags.allConversions ? 'all' : 'first',
          conversionTouch: flags.conversionTouch,
          models,
        }),
      );
      if (flags.json) return printJson(result);
      const shown = MODELS.filter((model) => models.includes(model));
      printLines(
        renderTable(
          ['channel', ...shown.map((model) => MODEL_HEADINGS[model])],
          result.channels.map((c) => [
            terminalSafe(c.channel),
            ...shown.map((model) => {
              const value = c[attributionFieldOf[model]];
              return value === undefined ? '—' : round(value);
            }),
          ]),
          { maxWidth: terminalWidth() },
        ),
        'funnel' in conversion
          ? `${result.conversions} users completed the funnel within the window, ${result.unattributed} without a touch`
          : `${result.conversions} conversions, ${result.unattributed} without a touch`,
      );
    },
  );

  addAnalyzeFlags(
    analyze
      .command('health')
      .description('journey health over ordered stages: bounce, regression, stalls, loops')
      .option(
        '--stage <events>',
        'a stage: event names separated by | (repeat in order; with two or more the last is the conversion)',
        collect,
      )
      .option('--stall-days <n>', 'no progress for this many days is a stall', '7'),
  ).action(async (flags: AnalyzeFlags & { stage?: string[]; stallDays: string }, command: Command) => {
    const stages = (flags.stage ?? []).map((stage, i) => parseStep(stage, `--stage ${i + 1}`));
    if (stages.length === 0) fail('analyze health: give at least one --stage', 2);
    const { runQuery } = await import('@waymark/analytics');
    const result = await withEventStore(command, flags, (store) =>
      runQuery(store, {
        kind: 'health',
        timeRange: timeRangeOf(flags),
        stages,
        stageNames: flags.stage,
        stallDays: parseCount(flags.stallDays, '--stall-days', 1, 3660),
      }),
    );
    if (flags.json) return printJson(result);
    printLines(
      renderTable(
        ['stage', 'users', 'bounced', 'regressed', 'stalled', 'looped'],
        result.stages.map((s) => [
          terminalSafe(s.name),
          String(s.users),
          String(s.bounced),
          String(s.regressed),
          String(s.stalled),
          String(s.looped),
        ]),
        { maxWidth: terminalWidth() },
      ),
      `${result.users} users, ${result.converted} converted`,
    );
  });

  addAnalyzeFlags(
    analyze
      .command('trends')
      .description('a measure per day, week, month or quarter, with period-over-period change')
      .option('--interval <unit>', 'day | week | month | quarter', 'day')
      .option('--measure <what>', 'events | users | sessions', 'events')
      .option('--step <events>', 'count only these events (names separated by |)')
      .option('--by-channel', 'one series per channel')
      .option(
        '--idle <duration>',
        'with --measure sessions: a session ends after this long without events',
        '30m',
      ),
  ).action(
    async (
      flags: AnalyzeFlags & {
        interval: string;
        measure: string;
        step?: string;
        byChannel?: boolean;
        idle: string;
      },
      command: Command,
    ) => {
      const interval = (['day', 'week', 'month', 'quarter'] as const).find((i) => i === flags.interval);
      if (!interval)
        return fail(`--interval: expected day, week, month or quarter, got "${flags.interval}"`, 2);
      const measure = (['events', 'users', 'sessions'] as const).find((m) => m === flags.measure);
      if (!measure) return fail(`--measure: expected events, users or sessions, got "${flags.measure}"`, 2);
      const { runQuery } = await import('@waymark/analytics');
      const result = await withEventStore(command, flags, (store) =>
        runQuery(store, {
          kind: 'trends',
          timeRange: timeRangeOf(flags),
          interval,
          measure,
          sessionIdleSeconds: parseDuration(flags.idle, '--idle'),
          ...(flags.step !== undefined ? { matchers: parseStep(flags.step, '--step') } : {}),
          ...(flags.byChannel ? { breakdown: 'channel' as const } : {}),
        }),
      );
      if (flags.json) return printJson(result);
      for (const series of result.series) {
        printLines(
          terminalSafe(series.name),
          renderTable(
            ['period', measure, 'previous', 'change'],
            series.points.map((p) => [
              p.period,
              String(p.value),
              p.previous === null ? '—' : String(p.previous),
              formatPercent(p.change),
            ]),
            { maxWidth: terminalWidth() },
          ),
        );
      }
    },
  );

  addAnalyzeFlags(
    analyze
      .command('journey')
      .description("measure a journey map's stages against events (stage matchers)")
      .argument('<mapId>', 'map id')
      .option(
        '--window <duration>',
        `conversion window from the first measured stage (default ${JOURNEY_WINDOW_SECONDS / 86_400}d)`,
      )
      .option('--stall-days <n>', 'no progress for this many days is a stall', '7'),
  ).action(
    async (mapId: string, flags: AnalyzeFlags & { window?: string; stallDays: string }, command: Command) => {
      const stored = await withStore(command, (store) => store.getJourney(mapId));
      if (!stored) return fail(`map "${mapId}" not found`);
      const { analyzeJourney } = await import('@waymark/analytics');
      const result = await withEventStore(command, flags, (store) =>
        analyzeJourney(stored.journey, store, {
          timeRange: timeRangeOf(flags),
          ...(flags.window === undefined ? {} : { windowSeconds: parseDuration(flags.window, '--window') }),
          stallDays: parseCount(flags.stallDays, '--stall-days', 1, 3660),
        }),
      );
      if (flags.json) return printJson(result);
      printLines(
        renderTable(
          [
            'stage',
            'users',
            'from previous',
            'drop-off',
            'median to next',
            'p90 to next',
            'top channels',
            'bounced',
            'regressed',
            'stalled',
          ],
          result.stages.map((s) =>
            s.measured
              ? [
                  terminalSafe(s.name),
                  String(s.users),
                  formatPercent(s.conversionFromPrevious),
                  String(s.dropOff),
                  formatSeconds(s.medianSecondsToNext),
                  formatSeconds(s.p90SecondsToNext),
                  s.topChannels.map((c) => `${terminalSafe(c.channel)} ${c.users}`).join(', '),
                  String(s.bounced),
                  String(s.regressed),
                  String(s.stalled),
                ]
              : [terminalSafe(s.name), '(no matchers)', '', '', '', '', '', '', '', ''],
          ),
          { maxWidth: terminalWidth() },
        ),
        `${result.users} users, ${result.converted} reached the last measured stage`,
        'users to top channels: users who reached the stage in order within the window; bounced,',
        'regressed and stalled: by the stages of their events, in any order and without the window',
      );
    },
  );
}
