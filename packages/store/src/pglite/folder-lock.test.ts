import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockFolder } from './folder-lock';

/**
 * The data-folder lock: atomic creation, refusal while the holder lives, and takeover of a stale lock
 * by exactly one of several real processes racing for it at the same instant.
 */

let dir = '';
/** A process id no process can have: above the kernel's pid_max. */
let deadPid = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-lock-'));
  deadPid = Number(await readFile('/proc/sys/kernel/pid_max', 'utf8')) + 1;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** One racing child, answering one line per command. */
class Racer {
  private readonly lines: Interface;
  private readonly waiting: Array<(line: string) => void> = [];

  constructor(readonly child: ChildProcessByStdio<Writable, Readable, null>) {
    this.lines = createInterface({ input: child.stdout });
    this.lines.on('line', (line) => this.waiting.shift()?.(line));
  }

  send(command: string): Promise<string> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.stdin.write(`${command}\n`);
    });
  }
}

function startRacer(): Racer {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'folder-lock-child.ts')],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  return new Racer(child);
}

/** The stale lock a trial starts from: new and old formats, and an abandoned empty file. */
async function writeStaleLock(path: string, trial: number): Promise<void> {
  const kind = trial % 3;
  await writeFile(path, kind === 0 ? `${deadPid}\n` : kind === 1 ? `${deadPid} 0123456789abcdef\n` : '');
  if (kind === 2) await utimes(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
}

describe('lockFolder', () => {
  it('creates the lock whole, refuses a second taker while the holder lives, and releases', async () => {
    const path = join(dir, 'simple.lock');
    const lock = await lockFolder(path, '/data/pglite');
    const text = await readFile(path, 'utf8');
    expect(text).toMatch(new RegExp(`^${process.pid} [0-9a-f]+\\n$`));
    await expect(lockFolder(path, '/data/pglite')).rejects.toThrow(
      'the data folder /data/pglite is in use by this process (close the other store first)',
    );
    await lock.release();
    await expect(stat(path)).rejects.toThrow();
  });

  it('names a living holder', async () => {
    const path = join(dir, 'parent.lock');
    await writeFile(path, `${process.ppid} feedc0de\n`);
    await expect(lockFolder(path, '/data/pglite')).rejects.toThrow(
      `the data folder /data/pglite is in use by process ${process.ppid}:`,
    );
  });

  it('treats a just-created, still empty lock file as held', async () => {
    const path = join(dir, 'empty.lock');
    await writeFile(path, '');
    await expect(lockFolder(path, '/data/pglite')).rejects.toThrow(
      'the data folder /data/pglite is in use by another process (it is writing the lock file)',
    );
    expect(await readFile(path, 'utf8')).toBe('');
  });

  it('takes over a lock left by a dead process, in either format, and an abandoned empty file', async () => {
    for (const trial of [0, 1, 2]) {
      const path = join(dir, `stale-${trial}.lock`);
      await writeStaleLock(path, trial);
      const lock = await lockFolder(path, '/data/pglite');
      expect(await readFile(path, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
      await lock.release();
    }
  });

  it('release leaves a lock that is not its own', async () => {
    const path = join(dir, 'theirs.lock');
    const lock = await lockFolder(path, '/data/pglite');
    await writeFile(path, `${process.ppid} 00ff\n`);
    await lock.release();
    expect(await readFile(path, 'utf8')).toBe(`${process.ppid} 00ff\n`);
  });

  it('exactly one of three processes racing for a stale lock gets it, in 200 of 200 trials', async () => {
    const racers = [startRacer(), startRacer(), startRacer()];
    try {
      // Warm up: each child has loaded the module and answered once.
      await Promise.all(racers.map((r) => r.send('release')));
      await mkdir(join(dir, 'race'));
      const winners: number[] = [];
      for (let trial = 0; trial < 200; trial++) {
        const path = join(dir, 'race', `${trial}.lock`);
        await writeStaleLock(path, trial);
        const at = Date.now() + 25;
        const answers = await Promise.all(racers.map((r) => r.send(`take ${path} ${at}`)));
        winners.push(answers.filter((a) => a === 'got').length);
        for (const a of answers)
          if (a !== 'got') expect(a).toMatch(/^refused the data folder folder is in use by process \d+/);
        await Promise.all(racers.map((r) => r.send('release')));
      }
      expect(winners.filter((n) => n !== 1)).toEqual([]);
      // Nothing is left behind: no lock, no claim or takeover files.
      expect(await readdir(join(dir, 'race'))).toEqual([]);
    } finally {
      for (const r of racers) r.child.kill();
    }
  }, 120_000);
});
