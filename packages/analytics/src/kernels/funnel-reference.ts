import type { FunnelMode } from '../query';

/**
 * A brute-force reference of the funnel's per-sequence answer, written for the property tests
 * (`funnel-property.test.ts`) from the rules in docs/cli.md ("Funnel modes"), independently of the
 * kernel: no bit masks, no chain pools, every candidate chain or assignment enumerated. Exponential:
 * for a handful of events and steps only. For tests only.
 */

/** One event of a sequence, in index order (time, then ingestion). */
export interface ReferenceEvent {
  readonly name: string;
  readonly ts: number;
}

/** A funnel as the reference reads it: each step a set of event names. */
export interface ReferenceFunnel {
  readonly steps: readonly (readonly string[])[];
  readonly windowMs: number;
  readonly modes: readonly FunnelMode[];
  readonly ordered: boolean;
}

/** The deepest step (0..n) the sequence reaches in the funnel. */
export function referenceLevel(events: readonly ReferenceEvent[], funnel: ReferenceFunnel): number {
  if (!funnel.ordered) return unorderedLevel(events, funnel);
  const has = (mode: FunnelMode): boolean => funnel.modes.includes(mode);
  if (has('strict_order') && !has('allow_reentry')) return consecutiveLevel(events, funnel);
  const picks = virtualEvents(events, funnel);
  const cut = firstStop(picks, events, funnel);
  return longestChain(cut === -1 ? picks : picks.slice(0, cut), events, funnel);
}

const matches = (funnel: ReferenceFunnel, step: number, event: ReferenceEvent | undefined): boolean =>
  event !== undefined && (funnel.steps[step] ?? []).includes(event.name);

/** A (row, step) pair: the row matches the step. Listed by row, then step (ClickHouse's event list). */
interface Pick {
  readonly row: number;
  /** 0-based step, or -1 for a row that matches no step. */
  readonly step: number;
}

function virtualEvents(events: readonly ReferenceEvent[], funnel: ReferenceFunnel): Pick[] {
  const picks: Pick[] = [];
  events.forEach((event, row) => {
    const steps = funnel.steps.map((_, step) => step).filter((step) => matches(funnel, step, event));
    if (steps.length === 0) picks.push({ row, step: -1 });
    for (const step of steps) picks.push({ row, step });
  });
  return picks;
}

/**
 * Whether `chain` (picks for steps 0, 1, ...) is a valid attempt: rows in order (strictly with
 * strict_once or strict_increase; otherwise one row may fill consecutive steps), strictly increasing
 * times with strict_increase, and the last step within the window of the first.
 */
function validChain(
  chain: readonly Pick[],
  events: readonly ReferenceEvent[],
  funnel: ReferenceFunnel,
): boolean {
  const once = funnel.modes.includes('strict_once');
  const increase = funnel.modes.includes('strict_increase');
  const first = events[chain[0]?.row ?? 0]?.ts ?? 0;
  for (let j = 0; j < chain.length; j++) {
    const pick = chain[j];
    if (pick === undefined || pick.step !== j) return false;
    const ts = events[pick.row]?.ts ?? 0;
    if (ts > first + funnel.windowMs) return false;
    if (j === 0) continue;
    const previous = chain[j - 1];
    if (previous === undefined) return false;
    if (pick.row < previous.row || ((once || increase) && pick.row === previous.row)) return false;
    if (increase && !((events[previous.row]?.ts ?? 0) < ts)) return false;
  }
  return true;
}

/** The longest valid chain made of `picks` (every chain enumerated). */
function longestChain(
  picks: readonly Pick[],
  events: readonly ReferenceEvent[],
  funnel: ReferenceFunnel,
): number {
  let best = 0;
  const extend = (chain: Pick[], from: number): void => {
    best = Math.max(best, chain.length);
    if (chain.length === funnel.steps.length) return;
    for (let p = from; p < picks.length; p++) {
      const pick = picks[p];
      if (pick === undefined || pick.step !== chain.length) continue;
      chain.push(pick);
      if (validChain(chain, events, funnel)) extend(chain, p + 1);
      chain.pop();
    }
  };
  extend([], 0);
  return best;
}

/**
 * Where the walk stops (index into `picks`), or -1. strict_deduplication: at a pick of step k >= 1 when a
 * chain already reached step k + 1. strict_order with allow_reentry: after the first pick of step 1, at a
 * row matching no step, or at a pick of step k >= 1 when no chain has reached step k.
 */
function firstStop(
  picks: readonly Pick[],
  events: readonly ReferenceEvent[],
  funnel: ReferenceFunnel,
): number {
  const dedup = funnel.modes.includes('strict_deduplication');
  const order = funnel.modes.includes('strict_order');
  let started = false;
  for (let p = 0; p < picks.length; p++) {
    const pick = picks[p];
    if (pick === undefined) continue;
    if (pick.step === 0) {
      started = true;
      continue;
    }
    if (pick.step === -1) {
      if (order && started) return p;
      continue;
    }
    const reached = longestChain(picks.slice(0, p), events, funnel);
    if (dedup && reached >= pick.step + 1) return p;
    if (order && started && reached < pick.step) return p;
  }
  return -1;
}

/**
 * strict_order without allow_reentry: from the first event of step 1, the events that follow must be
 * steps 2, 3, ... one each, within the window (strictly later with strict_increase).
 */
function consecutiveLevel(events: readonly ReferenceEvent[], funnel: ReferenceFunnel): number {
  const start = events.findIndex((event) => matches(funnel, 0, event));
  if (start === -1) return 0;
  const first = events[start]?.ts ?? 0;
  const increase = funnel.modes.includes('strict_increase');
  let level = 1;
  while (level < funnel.steps.length) {
    const event = events[start + level];
    const previous = events[start + level - 1];
    if (!matches(funnel, level, event) || event === undefined || previous === undefined) break;
    if (event.ts > first + funnel.windowMs || (increase && !(previous.ts < event.ts))) break;
    level++;
  }
  return level;
}

/**
 * Unordered: the most steps given distinct events, each matching its step, all within the window of
 * the earliest of them (every assignment of steps to events enumerated).
 */
function unorderedLevel(events: readonly ReferenceEvent[], funnel: ReferenceFunnel): number {
  let best = 0;
  const used: number[] = [];
  const assign = (step: number, count: number): void => {
    if (step === funnel.steps.length) {
      const times = used.map((row) => events[row]?.ts ?? 0);
      if (count > best && (times.length === 0 || Math.max(...times) - Math.min(...times) <= funnel.windowMs))
        best = count;
      return;
    }
    assign(step + 1, count);
    events.forEach((event, row) => {
      if (used.includes(row) || !matches(funnel, step, event)) return;
      used.push(row);
      assign(step + 1, count + 1);
      used.pop();
    });
  };
  assign(0, 0);
  return best;
}

/**
 * Whether `rows` (the counted attempt's rows, as the kernel reports them) are an attempt the rules
 * allow for a sequence that reached `rows.length` steps: ordered, a valid chain (for `strict_order`,
 * consecutive events from the first step-1 event); unordered, distinct events in time order that can
 * fill that many distinct steps within the window.
 */
export function referenceAttemptValid(
  events: readonly ReferenceEvent[],
  funnel: ReferenceFunnel,
  rows: readonly number[],
): boolean {
  if (rows.length === 0) return true;
  if (!funnel.ordered) {
    const times = rows.map((row) => events[row]?.ts ?? 0);
    if (Math.max(...times) - Math.min(...times) > funnel.windowMs) return false;
    if (rows.some((row, i) => i > 0 && row <= (rows[i - 1] ?? -1))) return false;
    const sub = rows.map((row) => events[row]).filter((event) => event !== undefined);
    return unorderedLevel(sub, funnel) === rows.length;
  }
  const has = (mode: FunnelMode): boolean => funnel.modes.includes(mode);
  if (has('strict_order') && !has('allow_reentry')) {
    const start = events.findIndex((event) => matches(funnel, 0, event));
    return rows.every((row, j) => row === start + j && matches(funnel, j, events[row]));
  }
  const chain = rows.map((row, step) => ({ row, step }));
  return (
    chain.every((pick) => matches(funnel, pick.step, events[pick.row])) && validChain(chain, events, funnel)
  );
}
