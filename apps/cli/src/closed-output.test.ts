import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../bin/waymark.js');

/**
 * `waymark ... | head`: the real command in a real shell pipeline whose reader exits after 100 bytes,
 * long before the command has written its output (far more than a pipe buffer holds).
 */
function pipedIntoHead(
  args: readonly string[],
  dataDir: string,
): Promise<{ status: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'bash',
      [
        '-c',
        '"$@" | head -c 100 > /dev/null; echo "${PIPESTATUS[0]}"',
        'bash',
        process.execPath,
        BIN,
        ...args,
      ],
      { env: { ...process.env, WAYMARK_DATA: dataDir, DATABASE_URL: '' } },
      (_error, stdout, stderr) => resolve({ status: stdout.trim(), stderr }),
    );
  });
}

describe('a closed stdout', () => {
  let dir: string;
  let csv: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'waymark-epipe-'));
    csv = join(dir, 'events.csv');
    const rows = Array.from({ length: 20_000 }, (_, u) => `user-${u},a,2024-01-01T00:00:00Z`);
    await writeFile(csv, `user_id,event,timestamp\n${rows.join('\n')}\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('ends `analyze ... --json | head` quietly, with exit code 0 and nothing on stderr', async () => {
    // About 500 KB of JSON: the reader is gone after its first 100 bytes.
    const run = await pipedIntoHead(
      ['analyze', 'funnel', '--events', csv, '--step', 'a', '--per-user', '--json'],
      join(dir, 'data'),
    );
    expect(run).toEqual({ status: '0', stderr: '' });
  });
});
