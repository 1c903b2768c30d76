#!/usr/bin/env node
// `npm test`: sets the machine up (scripts/setup.mjs), then type-checks, lints, checks formatting
// and runs every test: unit, conformance (PGlite, PostgreSQL, DuckDB, ClickHouse) and browser
// tests. Stops at the first failing step and ends with one `N passed, N failed` line.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

const step = (title, cmd, args) => {
  console.log(`\n== ${title}`);
  execFileSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
};

/** Runs a Vitest suite with a JSON report beside the console one, so the totals can be summed. */
const vitest = (title, name, extraArgs) => {
  const report = join(results, `${name}.json`);
  try {
    step(title, 'npx', [
      'vitest',
      'run',
      ...extraArgs,
      '--reporter=verbose',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ]);
  } finally {
    if (existsSync(report)) {
      const { numPassedTests = 0, numFailedTests = 0 } = JSON.parse(readFileSync(report, 'utf8'));
      totals.passed += numPassedTests;
      totals.failed += numFailedTests;
    }
  }
};

const totals = { passed: 0, failed: 0 };
let failed = false;
try {
  step('setup', 'node', ['scripts/setup.mjs']);
  step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
  step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
  step('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
  // Offline part only (advisory list, reviewed versions): the registry may be out of reach.
  step('dependency audit', 'node', ['scripts/audit-deps.mjs', '--offline']);
  vitest('unit and conformance tests', 'unit', []);
  vitest('browser tests', 'e2e', ['--config', 'e2e/vitest.config.ts']);
} catch (error) {
  failed = true;
  console.error(
    `\nnpm test failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
  );
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(failed || totals.failed > 0 ? 1 : 0);
