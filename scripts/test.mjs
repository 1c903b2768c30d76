#!/usr/bin/env node
// `npm test`: sets the machine up (scripts/setup.mjs), then type-checks, lints, checks formatting
// and generated files, and runs every test: unit, conformance (PGlite, PostgreSQL, DuckDB,
// ClickHouse) and browser tests. Stops at the first failing step.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const step = (title, cmd, args) => {
  console.log(`\n== ${title}`);
  execFileSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
};

try {
  step('setup', 'node', ['scripts/setup.mjs']);
  step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
  step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
  step('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
  step('unit and conformance tests', 'npx', ['vitest', 'run']);
} catch (error) {
  console.error(`\nnpm test failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
}
