/**
 * Throwaway PostgreSQL 15 server for tests: Debian's binaries, a fresh temp directory for data and
 * socket, listening on 127.0.0.1 on a free port. Tests run as root and PostgreSQL refuses root, so
 * as root the binaries run as the `postgres` user through `runuser`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

/** Where Debian's postgresql-15 package puts the server binaries. */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

/** A running throwaway server. */
export interface PostgresTestServer {
  /** Connection URL, e.g. `postgres://postgres@127.0.0.1:41234/postgres` (trust auth, no password). */
  url: string;
  /** Stops the server (fast shutdown) and deletes its directory. Safe to call twice. */
  stop(): Promise<void>;
}

/** Throws with the setup instruction unless initdb and pg_ctl are installed. */
export function checkPostgresBinaries(): void {
  const missing = ['initdb', 'pg_ctl', 'postgres'].filter((name) => !existsSync(join(POSTGRES_BIN, name)));
  if (missing.length > 0) {
    throw new Error(
      `PostgreSQL 15 binaries not found (${missing.map((name) => join(POSTGRES_BIN, name)).join(', ')}). ` +
        'Install them with `node scripts/setup.mjs` (Debian package postgresql-15).',
    );
  }
}

const asRoot = process.getuid?.() === 0;

/** The command line that runs `binary` as the postgres user (directly when not root). */
function command(binary: string, args: string[]): [string, string[]] {
  const file = join(POSTGRES_BIN, binary);
  return asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
}

async function run(binary: string, args: string[], logFile?: string): Promise<void> {
  const [file, argv] = command(binary, args);
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    const log = logFile && existsSync(logFile) ? await readFile(logFile, 'utf8') : '';
    throw new Error(
      `${binary} ${args.join(' ')} failed with exit code ${String(code)}:\n${output.join('')}${log}`,
    );
  }
}

/** uid and gid of the `postgres` user. */
function postgresUser(): { uid: number; gid: number } {
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid <= 0) {
    throw new Error('user "postgres" not found: install PostgreSQL with `node scripts/setup.mjs`');
  }
  return { uid, gid };
}

/**
 * Starts a fresh PostgreSQL 15 (UTF-8, trust auth, fsync off: data is thrown away) and resolves
 * once it accepts connections. Call `stop()` in `afterAll`; a process exit stops it as well.
 * Never skips: missing binaries are an error naming the setup command.
 */
export async function startPostgres(): Promise<PostgresTestServer> {
  checkPostgresBinaries();
  const dir = await mkdtemp(join(tmpdir(), 'waymark-pg-'));
  if (asRoot) {
    const { uid, gid } = postgresUser();
    await chown(dir, uid, gid);
  }
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  let stopped = false;

  const stopSync = (): void => {
    if (stopped) return;
    stopped = true;
    const [file, argv] = command('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    spawnSync(file, argv, { stdio: 'ignore' });
    spawnSync('rm', ['-rf', dir]);
  };
  process.once('exit', stopSync);

  try {
    await run('initdb', [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const port = await freePort();
    const serverOptions = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses='127.0.0.1'",
      '-c fsync=off',
      '-c full_page_writes=off',
      '-c shared_buffers=32MB',
      '-c max_connections=50',
    ].join(' ');
    await run(
      'pg_ctl',
      ['-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', serverOptions, 'start'],
      logFile,
    );
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        if (stopped) return;
        stopped = true;
        process.removeListener('exit', stopSync);
        try {
          await run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '30', 'stop'], logFile);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    stopSync();
    process.removeListener('exit', stopSync);
    throw error;
  }
}
