/**
 * Throwaway ClickHouse 18.16 server for tests: Debian's `clickhouse-server` on 127.0.0.1, HTTP only,
 * with a free port and every path (data, tmp, logs, user files) inside a fresh temp directory.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

/** Where Debian puts the server binary (the package ships it in /usr/sbin; /usr/bin is checked too). */
const BINARY_CANDIDATES = [
  '/usr/sbin/clickhouse-server',
  '/usr/bin/clickhouse-server',
  '/usr/bin/clickhouse',
];

/** A running throwaway server. */
export interface ClickHouseTestServer {
  /** HTTP interface base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Milliseconds from spawn until `/ping` answered. */
  startupMs: number;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and removes its directory. Safe to call twice. */
  stop(): Promise<void>;
}

/** Finds the installed server binary or throws with the setup instruction. */
export function findClickHouseBinary(): { file: string; args: string[] } {
  for (const file of BINARY_CANDIDATES) {
    if (existsSync(file)) return { file, args: file.endsWith('/clickhouse') ? ['server'] : [] };
  }
  throw new Error(
    `clickhouse-server 18.16 not found (looked in ${BINARY_CANDIDATES.join(', ')}). ` +
      'Install it with `node scripts/setup.mjs` (Debian package clickhouse-server).',
  );
}

/**
 * Server config in 18.16's `<yandex>` format. Only the HTTP port is set: without `tcp_port` and
 * `interserver_http_port` the server opens neither.
 */
function configXml(dir: string, httpPort: number): string {
  return `<?xml version="1.0"?>
<yandex>
  <logger>
    <level>warning</level>
    <log>${dir}/log/server.log</log>
    <errorlog>${dir}/log/error.log</errorlog>
    <size>10M</size>
    <count>1</count>
  </logger>
  <http_port>${httpPort}</http_port>
  <listen_host>127.0.0.1</listen_host>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/tmp/</tmp_path>
  <user_files_path>${dir}/user_files/</user_files_path>
  <format_schema_path>${dir}/format_schemas/</format_schema_path>
  <users_config>${dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>268435456</mark_cache_size>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <max_concurrent_queries>50</max_concurrent_queries>
  <mlock_executable>false</mlock_executable>
</yandex>
`;
}

/** One passwordless `default` user reachable from loopback only. */
const USERS_XML = `<?xml version="1.0"?>
<yandex>
  <profiles>
    <default>
      <max_memory_usage>2000000000</max_memory_usage>
      <max_threads>2</max_threads>
    </default>
  </profiles>
  <users>
    <default>
      <password></password>
      <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
  </users>
  <quotas>
    <default>
      <interval>
        <duration>3600</duration>
        <queries>0</queries>
        <errors>0</errors>
        <result_rows>0</result_rows>
        <read_rows>0</read_rows>
        <execution_time>0</execution_time>
      </interval>
    </default>
  </quotas>
</yandex>
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ping(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/ping`, { signal: AbortSignal.timeout(1000) });
    return response.ok && (await response.text()).startsWith('Ok');
  } catch {
    return false;
  }
}

async function tail(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).split('\n').slice(-15).join('\n');
  } catch {
    return '';
  }
}

/**
 * Starts a throwaway ClickHouse server and waits until `/ping` answers (usually well under a second).
 * Trap: always call `stop()` (e.g. in `afterAll`); an exit hook kills the server if the process ends first.
 */
export async function startClickHouse(options: { timeoutMs?: number } = {}): Promise<ClickHouseTestServer> {
  const binary = findClickHouseBinary();
  const timeoutMs = options.timeoutMs ?? 30_000;
  const dir = await mkdtemp(join(tmpdir(), 'waymark-clickhouse-'));
  for (const sub of ['data', 'tmp', 'log', 'user_files', 'format_schemas']) await mkdir(join(dir, sub));
  const port = await freePort();
  await writeFile(join(dir, 'config.xml'), configXml(dir, port));
  await writeFile(join(dir, 'users.xml'), USERS_XML);
  const url = `http://127.0.0.1:${port}`;

  const started = performance.now();
  const child = spawn(binary.file, [...binary.args, `--config-file=${join(dir, 'config.xml')}`], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });
  const killOnExit = () => {
    if (!exited) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killOnExit);
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exitedPromise;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  while (!(await ping(url))) {
    if (exited || performance.now() - started > timeoutMs) {
      const log = await tail(join(dir, 'log', 'error.log'));
      await stop();
      throw new Error(
        `clickhouse-server did not answer ${url}/ping within ${timeoutMs} ms` +
          `${exited ? ' (it exited)' : ''}.\nstderr: ${stderr}\nerror log: ${log}`,
      );
    }
    await sleep(50);
  }
  return { url, startupMs: Math.round(performance.now() - started), stop };
}
