#!/usr/bin/env node
// Installs what Waymark's tests need on a fresh Debian machine: npm packages, and Debian's
// PostgreSQL, ClickHouse, Chromium, fonts for Thai and Chinese, and poppler (pdftotext).
// Safe to run again: it installs only what is missing. Pass --no-apt to skip Debian packages.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });

/** Debian packages and a file each one provides, to tell whether it is installed. */
const debianPackages = [
  ['postgresql', '/usr/lib/postgresql/15/bin/postgres'],
  ['clickhouse-server', '/usr/sbin/clickhouse-server'],
  ['chromium', '/usr/bin/chromium'],
  ['fonts-thai-tlwg', '/usr/share/fonts/truetype/tlwg'],
  ['fonts-noto-cjk', '/usr/share/fonts/opentype/noto'],
  ['fonts-dejavu-core', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'],
  ['fonts-noto-color-emoji', '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf'],
  ['poppler-utils', '/usr/bin/pdftotext'],
];

function installDebianPackages() {
  const missing = debianPackages.filter(([, file]) => !existsSync(file)).map(([name]) => name);
  if (missing.length === 0) return;
  console.log(`setup: installing Debian packages: ${missing.join(' ')}`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) => {
    const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
    run(cmd, rest, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  apt('update', '-qq');
  apt('install', '-y', '-qq', '--no-install-recommends', ...missing);
  // Debian's postgresql package starts a cluster on port 5432; tests start their own throwaway ones.
  spawnSync('service', ['postgresql', 'stop'], { stdio: 'ignore' });
  spawnSync('service', ['clickhouse-server', 'stop'], { stdio: 'ignore' });
}

function installNodeModules() {
  const stamp = join(root, 'node_modules', '.package-lock.json');
  if (existsSync(stamp)) return;
  console.log('setup: npm ci');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

installNodeModules();
if (!process.argv.includes('--no-apt')) installDebianPackages();
