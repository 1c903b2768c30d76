import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What a finished CLI run printed and how it exited. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const BIN = fileURLToPath(new URL('../bin/waymark.js', import.meta.url));

/**
 * Runs the real `waymark` command (`node apps/cli/bin/waymark.js ...`) with WAYMARK_DATA set and
 * DATABASE_URL cleared (unless `env` sets it), and resolves with its exit code and output. For tests
 * and scripts.
 */
export function spawnCli(
  args: readonly string[],
  dataDir: string,
  cwd?: string,
  env: Record<string, string> = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd,
        env: { ...process.env, WAYMARK_DATA: dataDir, DATABASE_URL: '', COLUMNS: '', ...env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
