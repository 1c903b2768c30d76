import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

/** A Waymark server started by a test as its own process (what `npm start` runs). */
export interface WaymarkTestServer {
  /** Where it listens, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The server process, for measuring it from outside (`/proc/PID/status`). */
  pid: number;
  /** Whether the process is still running. */
  alive(): boolean;
  /** Everything it printed so far. */
  output(): string;
  /** Stops it (SIGTERM, then SIGKILL after 5 s) and deletes its data directory. */
  stop(): Promise<void>;
}

const root = join(import.meta.dirname, '../..');

/**
 * Starts apps/server/src/main.ts with tsx on a free loopback port and a throwaway WAYMARK_DATA (the
 * demo is seeded on first start), and resolves once `GET /api/templates` answers.
 */
export async function startWaymark(env: Record<string, string> = {}): Promise<WaymarkTestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-server-'));
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'apps/server/src/main.ts')], {
    cwd: root,
    env: { ...process.env, WAYMARK_DATA: dataDir, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const server: WaymarkTestServer = {
    url,
    pid: child.pid ?? -1,
    alive: () => child.exitCode === null && child.signalCode === null,
    output: () => output,
    async stop() {
      if (server.alive()) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (server.alive()) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (!server.alive()) break;
    try {
      if ((await fetch(`${url}/api/templates`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(
    `The Waymark server did not start (exit ${child.exitCode ?? child.signalCode}):\n${output}`,
  );
}
