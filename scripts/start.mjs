#!/usr/bin/env node
// `npm start`: installs npm dependencies when missing, builds the web app when apps/web/dist is
// missing or older than its sources, then starts the server and prints its URL.
// Environment: PORT (default 8080), WAYMARK_DATA (default ./.waymark), DATABASE_URL, CLICKHOUSE_URL.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** Runs a command in the repository root, inheriting output; exits when it fails. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`start: "${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/** Newest modification time (ms) of the files under `dir`, skipping node_modules and dist. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

// 1. Dependencies (setup.mjs installs only what is missing; --no-apt skips Debian packages).
run(process.execPath, [join(root, 'scripts/setup.mjs'), '--no-apt']);

// 2. The web app, when its build is missing or older than its sources or the packages it bundles.
const web = join(root, 'apps/web');
const builtIndex = join(web, 'dist/index.html');
const sources = [web, ...['domain', 'api', 'render'].map((p) => join(root, 'packages', p, 'src'))].filter(
  existsSync,
);
const sourceTime = Math.max(...sources.map(newest));
if (!existsSync(builtIndex) || statSync(builtIndex).mtimeMs < sourceTime) {
  console.log('start: building the web app (npx vite build apps/web)');
  run('npx', ['vite', 'build', 'apps/web', '--logLevel', 'warn']);
} else {
  console.log('start: the web app build is up to date');
}

// 3. The server, with tsx; it prints its URL when it is listening.
console.log(`start: starting the server (${elapsed()} so far)`);
const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'apps/server/src/main.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
