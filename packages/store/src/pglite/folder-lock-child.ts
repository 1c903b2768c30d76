/**
 * Child process of `folder-lock.test.ts`: takes and releases folder locks when told, so that several
 * real processes race on one lock. Reads lines on stdin: `take <path> <at>` waits until the clock
 * reads `at` (ms since the epoch, so all children start together), calls `lockFolder` and answers
 * `got` or `refused <message>`; `release` releases what it holds and answers `released`.
 */
import { createInterface } from 'node:readline';
import { lockFolder, type FolderLock } from './folder-lock';

let held: FolderLock | undefined;
const answer = (line: string) => process.stdout.write(`${line}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  const [command, path, at] = line.split(' ');
  if (command === 'take' && path !== undefined) {
    const start = Number(at);
    while (Date.now() < start) {
      // Spin, rather than sleep, so the children leave the barrier within a fraction of a millisecond.
    }
    try {
      held = await lockFolder(path, 'folder');
      answer('got');
    } catch (error) {
      answer(`refused ${error instanceof Error ? error.message : String(error)}`);
    }
  } else if (command === 'release') {
    await held?.release();
    held = undefined;
    answer('released');
  }
}
