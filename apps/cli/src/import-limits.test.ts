import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE_WORKBOOKS } from '@waymark/io/hostile-workbooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchPeakRss } from '../../../scripts/test-servers/peak-memory';
import { spawnCli } from './spawn-cli';

/**
 * `waymark validate` and `waymark import` on hostile workbooks, as real processes: one line on stderr
 * naming the file and the limit, exit code 1, and the process's peak resident memory (sampled from
 * /proc while it runs, worker included) stays under 1.5 GB.
 */

const GiB = 1024 ** 3;
const BIN = fileURLToPath(new URL('../bin/waymark.js', import.meta.url));
let dir = '';
let dataDir = '';

interface MeasuredRun {
  code: number | null;
  stderr: string;
  peak: number;
  seconds: number;
}

/** Runs the CLI and samples its memory while it runs. */
function measured(args: string[]): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, WAYMARK_DATA: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const watch = watchPeakRss(child.pid ?? -1);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) =>
      resolve({ code, stderr, peak: watch.stop(), seconds: (performance.now() - started) / 1000 }),
    ),
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-cli-limits-'));
  dataDir = join(dir, 'data');
  for (const { name, build } of HOSTILE_WORKBOOKS) await writeFile(join(dir, `${name}.xlsx`), build());
  expect((await spawnCli(['init'], dataDir, dir)).code).toBe(0);
}, 240_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What each run measured, printed after the file for the closing note. */
const figures: string[] = [];
afterAll(() => {
  if (figures.length > 0) console.info(`hostile workbooks (CLI):\n${figures.join('\n')}`);
});

describe.each(['validate', 'import'])('waymark %s on a hostile workbook', (command) => {
  it.each(HOSTILE_WORKBOOKS)(
    '$name: one line naming the file and the limit, exit 1, bounded memory',
    async ({ name, message }) => {
      const run = await measured([command, join(dir, `${name}.xlsx`)]);
      expect(run.stderr).toBe(`error: ${name}.xlsx: ${message}\n`);
      expect(run.code).toBe(1);
      expect(run.peak).toBeGreaterThan(0);
      expect(run.peak).toBeLessThan(1.5 * GiB);
      expect(run.seconds).toBeLessThan(30);
      figures.push(
        `waymark ${command} ${name}.xlsx: exit ${run.code} in ${run.seconds.toFixed(2)} s, one line, peak RSS ${(run.peak / 1024 ** 2).toFixed(0)} MiB`,
      );
    },
  );
});

it('a workbook file over the size limit is refused before it is read', async () => {
  const file = join(dir, 'huge.xlsx');
  await writeFile(file, Buffer.alloc(33 * 1024 * 1024));
  const run = await measured(['validate', file]);
  expect(run.stderr).toBe('error: huge.xlsx: the file is 33 MiB (limit: 32 MiB a file)\n');
  expect(run.code).toBe(1);
});
