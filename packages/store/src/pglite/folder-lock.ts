import { readFile, rm, writeFile } from 'node:fs/promises';

/**
 * A lock file beside a PGlite folder. PGlite has no lock of its own, and two processes (say the
 * server and a CLI import) writing one folder would corrupt it, so the second open is refused
 * with a message naming the holder. A lock left by a process that died (crash, SIGKILL) is taken
 * over. Trap: this guards processes on one machine only; do not share the folder over a network.
 */
export interface FolderLock {
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** Takes the lock at `path` (e.g. `.waymark/pglite.lock`) for this process, or throws. */
export async function lockFolder(path: string, folder: string): Promise<FolderLock> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await writeFile(path, `${process.pid}\n`, { flag: 'wx' });
      return {
        async release() {
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
    const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
      const who = holder === process.pid ? 'this process (close the other store first)' : `process ${holder}`;
      throw new Error(
        `the data folder ${folder} is in use by ${who}: stop it (for example the Waymark server) ` +
          'or point this command at the same server or database (DATABASE_URL)',
      );
    }
    await rm(path, { force: true }); // left by a process that died: take it over
  }
  throw new Error(`could not lock the data folder ${folder}: the lock file ${path} keeps reappearing`);
}
