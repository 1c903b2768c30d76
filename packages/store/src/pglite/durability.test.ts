import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteStore } from './open-pglite-store';

const child = fileURLToPath(new URL('./durability-child.ts', import.meta.url));
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * Runs the writer child until it has acknowledged at least `minimum` revisions, then kills it with
 * SIGKILL (no close, no shutdown checkpoint) and returns the last revision it acknowledged.
 */
async function writeThenKill(
  dir: string,
  minimum: number,
): Promise<{ acknowledged: number; secondOpen: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let acknowledged = 0;
  let buffered = '';
  let stderr = '';
  let secondOpen: Promise<string> | undefined;
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<NodeJS.Signals | null>((resolve) =>
    proc.on('exit', (_code, signal) => resolve(signal)),
  );
  proc.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const match = /^ACK (\d+)$/.exec(line);
      if (match?.[1] !== undefined) acknowledged = Number(match[1]);
    }
    // While the writer holds the folder, a second open must be refused, not corrupt it.
    secondOpen ??= openPgliteStore(dir).then(
      async (store) => {
        await store.close();
        return 'opened';
      },
      (error: Error) => error.message,
    );
    if (acknowledged >= minimum && proc.exitCode === null && !proc.killed) proc.kill('SIGKILL');
  });
  const signal = await exit;
  if (signal !== 'SIGKILL')
    throw new Error(`writer exited before it was killed (signal ${String(signal)}):\n${stderr}`);
  return { acknowledged, secondOpen: (await secondOpen) ?? 'never tried' };
}

describe('PGlite durability', () => {
  it('keeps every acknowledged write when the writing process is killed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-store-crash-'));
    dirs.push(dir);
    const { acknowledged, secondOpen } = await writeThenKill(dir, 25);
    expect(acknowledged).toBeGreaterThanOrEqual(25);
    expect(secondOpen).toMatch(/is in use by process \d+/);

    const store = await openPgliteStore(dir);
    try {
      const current = await store.getJourney('durable-journey');
      if (current === undefined) throw new Error('the journey written before the kill is gone');
      // The kill may land after a commit whose ACK was not yet read, never before an ACKed one.
      expect(current.revision).toBeGreaterThanOrEqual(acknowledged);
      expect(current.journey.title).toBe(`revision ${current.revision}`);
      // The saves were one autosave burst: listed as one entry, every revision still readable.
      const entries = (await store.history('durable-journey')).map((r) => [r.revision, r.saves]);
      expect(entries).toEqual([
        [1, 1],
        [current.revision, current.revision - 1],
      ]);
      for (let r = 1; r <= current.revision; r++)
        expect((await store.getJourney('durable-journey', r))?.journey.title).toBe(`revision ${r}`);
      const again = await store.saveJourney(
        { ...current.journey, title: 'after the crash' },
        { author: 'test', baseRevision: current.revision },
      );
      expect(again.revision).toBe(current.revision + 1);
    } finally {
      await store.close();
    }
    // Each acknowledged write is a flushed PGlite commit: slow when the machine is busy.
  }, 120_000);
});
