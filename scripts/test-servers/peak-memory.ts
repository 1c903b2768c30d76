import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Peak resident memory of a process as Linux counts it (`VmHWM` in /proc/PID/status), measured from
 * outside the process, for tests that must show memory stays bounded. Linux only.
 */

/** The peak resident set size of process `pid` (default: this one) since it started or was reset, in bytes. */
export function peakRssBytes(pid: number | 'self' = 'self'): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match?.[1]) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/** Resets the peak of `pid` to its current resident size (writes 5 to /proc/PID/clear_refs). */
export function resetPeakRss(pid: number | 'self' = 'self'): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/**
 * Samples the peak resident size of a running process every `intervalMs` until `stop()`, which
 * returns the highest peak seen (0 if the process was gone before the first sample). The peak is
 * monotonic, so only growth in the last interval before the process exits can be missed.
 */
export function watchPeakRss(pid: number, intervalMs = 10): { stop(): number } {
  let peak = 0;
  const sample = () => {
    try {
      peak = Math.max(peak, peakRssBytes(pid));
    } catch {
      // the process has exited
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
