import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * Timings of one measured operation: every timed run in wall-clock seconds and their median, and the
 * median process CPU seconds (all threads, DuckDB's included), which is steadier on a shared machine.
 */
export interface Timing {
  runs: number[];
  median: number;
  cpuMedian: number;
}

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Runs `work` `warmups` times untimed, then `runs` times timed, and returns the timings and the last
 * run's answer. `prepare` runs untimed before every run (e.g. to drop the previous run's store), then a
 * full garbage collection when the process was started with --expose-gc (`npm run bench` is), so a run's
 * time and peak memory do not include collecting the previous run's garbage.
 */
export async function measure<T>(
  label: string,
  options: { warmups: number; runs: number; prepare?: () => Promise<void> },
  work: () => Promise<T>,
): Promise<{ timing: Timing; answer: T }> {
  let answer: T | undefined;
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < options.warmups + options.runs; i++) {
    await options.prepare?.();
    collectGarbage();
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    answer = await work();
    const used = process.cpuUsage(cpuStart);
    const seconds = (performance.now() - start) / 1000;
    const cpuSeconds = (used.user + used.system) / 1e6;
    const warm = i < options.warmups;
    if (!warm) {
      runs.push(seconds);
      cpu.push(cpuSeconds);
    }
    console.log(
      `  ${label} ${warm ? 'warm-up' : `run ${runs.length}`}: ${seconds.toFixed(3)} s (CPU ${cpuSeconds.toFixed(3)} s)`,
    );
  }
  if (answer === undefined) throw new Error(`${label}: no run was made (runs must be at least 1)`);
  return { timing: { runs, median: median(runs), cpuMedian: median(cpu) }, answer };
}

/** Runs a full garbage collection when the process exposes `gc` (node --expose-gc). */
export function collectGarbage(): void {
  globalThis.gc?.();
}

/** Bytes in one (decimal) GB, the unit of the memory target and of reported peaks. */
export const GB = 1e9;

function statusKib(field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Tracks the process's resident-set high-water mark: the kernel's VmHWM (which counts DuckDB's native
 * memory too) and a 50 ms sample of `process.memoryUsage().rss` as a fallback where /proc is missing.
 * `phase()` resets the kernel mark (via /proc/self/clear_refs) so each phase gets its own peak.
 * Trap: call `stop()` at the end, or the sampling timer keeps the process alive.
 */
export class PeakMemory {
  private sampled = 0;
  private overall = 0;
  private readonly timer: NodeJS.Timeout;
  private resettable = true;

  constructor() {
    this.timer = setInterval(() => this.sample(), 50);
    this.sample();
  }

  private sample(): void {
    const rss = process.memoryUsage().rss;
    this.sampled = Math.max(this.sampled, rss);
    this.overall = Math.max(this.overall, rss);
  }

  /** The peak resident bytes since the last `phase()` call (or since start). */
  peak(): number {
    this.sample();
    const hwm = statusKib('VmHWM');
    const peak = Math.max(this.sampled, hwm === null ? 0 : hwm * 1024);
    this.overall = Math.max(this.overall, peak);
    return peak;
  }

  /** Ends the current phase: returns its peak and starts a new one from the current RSS. */
  phase(): number {
    const peak = this.peak();
    if (this.resettable) {
      try {
        writeFileSync('/proc/self/clear_refs', '5');
      } catch {
        this.resettable = false;
      }
    }
    this.sampled = process.memoryUsage().rss;
    return peak;
  }

  /** Whether per-phase peaks are exact (the kernel mark can be reset); else they are cumulative. */
  get perPhase(): boolean {
    return this.resettable;
  }

  /** The peak over the whole run. */
  overallPeak(): number {
    return Math.max(this.overall, this.peak());
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
