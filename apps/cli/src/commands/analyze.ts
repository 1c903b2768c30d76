import type { Command } from 'commander';
import type { FunnelQueryInput } from '@waymark/analytics';
import { funnelModeSchema } from '@waymark/domain';
import type { BreakdownAttribution, DfgQuery } from '@waymark/domain';
import { fail } from '../cli-error';
import { printJson, printLines, terminalSafe, terminalWidth } from '../output';
import { renderTable } from '../text/table';
import { registerAnalyzeMore } from './analyze-more';
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

/** The funnel modes `--mode` takes: the query schema's own list. */
const MODES = funnelModeSchema.options;

interface FunnelFlags extends AnalyzeFlags {
  step?: string[];
  window: string;
  mode?: string[];
  unordered?: boolean;
  breakdown?: string;
  attribution?: string;
  countBy?: string;
  perUser?: boolean;
}

/** Builds the funnel description from the flags. */
function funnelQuery(flags: FunnelFlags): FunnelQueryInput {
  const steps = (flags.step ?? []).map((step, i) => parseStep(step, `--step ${i + 1}`));
  if (steps.length === 0) fail('analyze funnel: give at least one --step', 2);
  const modes = (flags.mode ?? []).map(
    (mode) =>
      MODES.find((m) => m === mode) ?? fail(`--mode: expected one of ${MODES.join(', ')}, got "${mode}"`, 2),
  );
  const query: FunnelQueryInput = {
    kind: 'funnel',
    steps,
    windowSeconds: parseDuration(flags.window, '--window'),
    modes,
    ordered: !flags.unordered,
    timeRange: timeRangeOf(flags),
    perUser: flags.perUser === true,
  };
  if (flags.countBy !== undefined) {
    if (flags.countBy !== 'users' && flags.countBy !== 'sessions')
      fail(`--count-by: expected users or sessions, got "${flags.countBy}"`, 2);
    query.countBy = flags.countBy;
  }
  if (flags.breakdown !== undefined) {
    const attribution = parseAttribution(flags.attribution);
    if (flags.breakdown === 'channel') query.breakdown = { by: 'channel', attribution };
    else if (flags.breakdown.startsWith('property:') && flags.breakdown.length > 9) {
      query.breakdown = { by: 'property', property: flags.breakdown.slice(9), attribution };
    } else fail(`--breakdown: expected channel or property:<name>, got "${flags.breakdown}"`, 2);
  }
  return query;
}

function parseAttribution(text: string | undefined): BreakdownAttribution {
  if (text === undefined || text === 'first_touch') return 'first_touch';
  if (text === 'last_touch') return 'last_touch';
  const match = /^step:(\d+)$/.exec(text);
  if (match) return { step: parseCount(match[1] ?? '', '--attribution step', 1, 20) };
  return fail(`--attribution: expected first_touch, last_touch or step:<n>, got "${text}"`, 2);
}

/** `--by` of `dfg` and `variants`: user (the default) or session. */
function parseSequenceUnit(text = 'user'): DfgQuery['by'] {
  if (text !== 'user' && text !== 'session') fail(`--by: expected user or session, got "${text}"`, 2);
  return text;
}

/** `waymark analyze ...`: funnels, graphs, variants, paths, attribution, health, trends and journeys. */
export function registerAnalyze(program: Command): void {
  const analyze = program
    .command('analyze')
    .description('analyze events: funnels, paths, graphs, attribution, health, trends');

  addAnalyzeFlags(
    analyze
      .command('funnel')
      .description('users reaching each step within a conversion window (ClickHouse windowFunnel semantics)')
      .option('--step <events>', 'a step: an event name, or names separated by | (repeat in order)', collect)
      .option(
        '--window <duration>',
        'conversion window from the first step, e.g. 7d, 12h, 30m or seconds',
        '14d',
      )
      .option('--mode <mode>', `${MODES.join(' | ')} (repeatable)`, collect)
      .option('--unordered', 'steps may happen in any order within the window')
      .option('--breakdown <by>', 'channel or property:<name>')
      .option('--attribution <touch>', 'breakdown value from first_touch (default), last_touch or step:<n>')
      .option('--count-by <unit>', 'users (default) or sessions')
      .option('--per-user', 'print each user\'s deepest step instead ({"levels": {...}})'),
  ).action(async (flags: FunnelFlags, command: Command) => {
    const query = funnelQuery(flags);
    const { runQuery } = await import('@waymark/analytics');
    const result = await withEventStore(command, flags, (store) => runQuery(store, query));
    if (flags.perUser) return printJson({ levels: result.levels ?? {} });
    if (flags.json)
      return printJson(
        result.breakdown ? { steps: result.steps, breakdown: result.breakdown } : { steps: result.steps },
      );
    const table = (steps: typeof result.steps): string =>
      renderTable(
        ['step', 'events', result.countBy, 'conversion', 'from previous', 'median time', 'p90 time'],
        steps.map((s, i) => [
          String(s.step),
          terminalSafe(flags.step?.[i] ?? ''),
          String(s.users),
          formatPercent(s.conversion),
          formatPercent(s.conversionFromPrevious),
          formatSeconds(s.medianSeconds),
          formatSeconds(s.p90Seconds),
        ]),
        { maxWidth: terminalWidth() },
      );
    printLines(table(result.steps));
    for (const group of result.breakdown ?? []) printLines('', terminalSafe(group.value), table(group.steps));
  });

  addAnalyzeFlags(
    analyze
      .command('dfg')
      .description('directly-follows graph: transitions with counts and median time, start and end counts')
      .option('--by <unit>', 'user (default) or session'),
  ).action(async (flags: AnalyzeFlags & { by?: string }, command: Command) => {
    const by = parseSequenceUnit(flags.by);
    const { runQuery } = await import('@waymark/analytics');
    const result = await withEventStore(command, flags, (store) =>
      runQuery(store, { kind: 'dfg', by, timeRange: timeRangeOf(flags) }),
    );
    if (flags.json) return printJson(result);
    printLines(
      renderTable(
        ['from', 'to', 'count', 'median time'],
        result.edges.map((e) => [
          terminalSafe(e.from),
          terminalSafe(e.to),
          String(e.count),
          formatSeconds(e.medianSeconds),
        ]),
        { maxWidth: terminalWidth() },
      ),
      `start: ${Object.entries(result.start)
        .map(([name, n]) => `${terminalSafe(name)} ${n}`)
        .join(', ')}`,
      `end: ${Object.entries(result.end)
        .map(([name, n]) => `${terminalSafe(name)} ${n}`)
        .join(', ')}`,
    );
  });

  addAnalyzeFlags(
    analyze
      .command('variants')
      .description('distinct event sequences with counts')
      .option('--top <n>', 'how many variants to list', '20')
      .option('--by <unit>', 'user (default) or session'),
  ).action(async (flags: AnalyzeFlags & { top: string; by?: string }, command: Command) => {
    const by = parseSequenceUnit(flags.by);
    const top = parseCount(flags.top, '--top', 1, 10_000);
    const { runQuery } = await import('@waymark/analytics');
    const result = await withEventStore(command, flags, (store) =>
      runQuery(store, { kind: 'variants', by, top, timeRange: timeRangeOf(flags) }),
    );
    if (flags.json) return printJson(result);
    printLines(
      renderTable(
        ['count', 'share', 'sequence'],
        result.variants.map((v) => [
          String(v.count),
          formatPercent(v.count / Math.max(1, result.total)),
          v.events.map(terminalSafe).join(' → '),
        ]),
        { maxWidth: terminalWidth() },
      ),
      `${result.total} sequences`,
    );
  });

  registerAnalyzeMore(analyze);
}
