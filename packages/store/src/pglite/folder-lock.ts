import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, rm, writeFile } from 'node:fs/promises';

/**
 * A lock file beside a PGlite folder. PGlite has no lock of its own, and two processes (say the
 * server and a CLI import) writing one folder would corrupt it, so the second open is refused
 * with a message naming the holder. A lock left by a process that died (crash, SIGKILL) is taken
 * over, by exactly one of the processes that find it at the same time.
 *
 * How: the lock file holds `<pid> <token>`. It is created whole (written to a unique file, then
 * `link`ed into place, which fails if the lock exists), so it is never seen empty; an empty file
 * (a writer of an older version between create and write) counts as held until it is
 * `EMPTY_LOCK_GRACE_MS` old. A stale lock is taken over under a second lock, named after that
 * stale lock (`<path>.takeover-<id>`) and taken the same way: its holder checks the lock still is
 * the stale one and `rename`s its own file over it, so two takers can never both win.
 * Trap: this guards processes on one machine only; do not share the folder over a network.
 */
export interface FolderLock {
  release(): Promise<void>;
}

/** How long an empty lock file counts as a writer between creating and writing it. */
export const EMPTY_LOCK_GRACE_MS = 10_000;

/** Tries before giving up on a lock that keeps changing under us. */
const ATTEMPTS = 50;

/** Takes the lock at `path` (e.g. `.waymark/pglite.lock`) for this process, or throws. */
export async function lockFolder(path: string, folder: string): Promise<FolderLock> {
  const mine = `${process.pid} ${randomBytes(8).toString('hex')}\n`;
  await take(path, mine, (holder) => inUse(folder, holder));
  return { release: () => releaseLock(path, mine) };
}

/** What a lock file says about its holder. */
type Holder =
  { state: 'gone' } | { state: 'live'; pid: number } | { state: 'writing' } | { state: 'stale'; id: string };

/**
 * Takes the lock file at `path` with `content`. `held` makes the error for a lock a live process
 * holds (for a takeover lock: a signal to back off, since another taker is at work).
 */
async function take(path: string, content: string, held: (holder: Holder) => Error): Promise<void> {
  let writing = 0;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (await createWhole(path, content)) return;
    const holder = await inspect(path);
    if (holder.state === 'live') throw held(holder);
    if (holder.state === 'writing') {
      // Its writer is between create and write: give it a moment, then it is held.
      if (++writing > 10) throw held(holder);
      await sleep(5);
      continue;
    }
    if (holder.state === 'stale' && (await takeOver(path, content, holder.id))) return;
  }
  throw new Error(`could not lock ${path}: the lock file keeps changing`);
}

/**
 * Replaces the stale lock `staleId` at `path` with `content`, under the takeover lock for that stale
 * lock. False when another process took it (or is taking it) first; the caller looks again.
 */
async function takeOver(path: string, content: string, staleId: string): Promise<boolean> {
  const guard = `${path}.takeover-${staleId}`;
  try {
    await take(guard, content, () => new TakeoverBusy());
  } catch (error) {
    if (!(error instanceof TakeoverBusy)) throw error;
    await sleep(2);
    return false;
  }
  try {
    const now = await inspect(path);
    if (now.state !== 'stale' || now.id !== staleId) return false;
    const claim = uniqueName(path);
    await writeFile(claim, content, { flag: 'wx' });
    await rename(claim, path);
    return true;
  } finally {
    await releaseLock(guard, content);
  }
}

/** Another process holds the takeover lock: it is taking the stale lock over. */
class TakeoverBusy extends Error {}

/** Creates `path` holding `content`, whole, unless it exists. */
async function createWhole(path: string, content: string): Promise<boolean> {
  const claim = uniqueName(path);
  await writeFile(claim, content, { flag: 'wx' });
  try {
    await link(claim, path);
    return true;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(claim, { force: true });
  }
}

/** Reads a lock file and judges its holder. */
async function inspect(path: string): Promise<Holder> {
  let text: string;
  let stats: { ino: number; mtimeMs: number };
  try {
    const file = await open(path, 'r');
    try {
      stats = await file.stat();
      text = await file.readFile('utf8');
    } finally {
      await file.close();
    }
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { state: 'gone' };
    throw error;
  }
  if (text.trim() === '') {
    // Named by its inode and time, so a later empty file is another stale lock.
    const id = `empty-${stats.ino}-${Math.round(stats.mtimeMs)}`;
    return Date.now() - stats.mtimeMs < EMPTY_LOCK_GRACE_MS ? { state: 'writing' } : { state: 'stale', id };
  }
  const [pidText = '', token] = text.trim().split(/\s+/);
  const pid = /^\d+$/.test(pidText) ? Number(pidText) : 0;
  if (pid > 0 && alive(pid)) return { state: 'live', pid };
  // An unreadable or dead holder. Locks written before tokens hold only the pid.
  return {
    state: 'stale',
    id: /^[0-9a-f]{1,64}$/.test(token ?? '') ? `${pid}-${token}` : `${pid}-${stats.ino}`,
  };
}

/** Removes the lock at `path` if it still holds `content` (it is ours). */
async function releaseLock(path: string, content: string): Promise<void> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === content) await rm(path, { force: true });
}

function inUse(folder: string, holder: Holder): Error {
  const who =
    holder.state === 'live'
      ? holder.pid === process.pid
        ? 'this process (close the other store first)'
        : `process ${holder.pid}`
      : 'another process (it is writing the lock file)';
  return new Error(
    `the data folder ${folder} is in use by ${who}: stop it (for example the Waymark server) ` +
      'or point this command at the same server or database (DATABASE_URL)',
  );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return codeOf(error) === 'EPERM';
  }
}

function uniqueName(path: string): string {
  return `${path}.${process.pid}-${randomBytes(6).toString('hex')}.claim`;
}

function codeOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
