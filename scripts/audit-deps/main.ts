import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAdvisoryList, matchAdvisories } from './advisories';
import { lockedPackages } from './lockfile';
import { compareWithReviewed, describeDiff, reviewedListOf } from './review';
import type { ReviewedList } from './review';
import { runSignatureAudit } from './signatures';

/**
 * `npm run audit:deps`: checks package-lock.json against the committed advisory list and the
 * reviewed list, then (unless `--offline`) verifies registry signatures with `npm audit signatures`,
 * skipping that step with a message when the registry is out of reach. `--accept` records the
 * lockfile as reviewed (after a person has looked at what it prints). Exit 1 on any problem.
 */
const root = join(import.meta.dirname, '..', '..');
const REVIEWED = 'docs/dependencies-reviewed.json';
const ADVISORIES = 'docs/advisories.json';

const args = new Set(process.argv.slice(2));
for (const arg of args) {
  if (!['--offline', '--accept'].includes(arg)) {
    console.error(`audit:deps: unknown option ${arg} (expected --offline or --accept)`);
    process.exit(2);
  }
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const locked = lockedPackages(readJson('package-lock.json'));
const problems: string[] = [];

const { advisories } = checkAdvisoryList(readJson(ADVISORIES));
for (const { pkg, advisory } of matchAdvisories(locked, advisories)) {
  problems.push(
    `${pkg.name}@${pkg.version}: ${advisory.severity} advisory ${advisory.id} (${advisory.vulnerable}): ${advisory.title} ${advisory.url}`,
  );
}
console.log(
  `advisories: ${locked.length} packages checked against ${advisories.length} advisories in ${ADVISORIES}`,
);

const reviewed = readJson(REVIEWED) as ReviewedList;
const diff = compareWithReviewed(locked, reviewed);
const unreviewed = describeDiff(diff);
if (args.has('--accept')) {
  for (const line of unreviewed) console.log(`accepted: ${line}`);
  for (const key of diff.gone) console.log(`dropped: ${key} (no longer in the lockfile)`);
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(join(root, REVIEWED), `${JSON.stringify(reviewedListOf(locked, date), null, 2)}\n`);
  console.log(`reviewed: ${REVIEWED} now lists the lockfile's ${locked.length} packages (${date})`);
} else {
  problems.push(...unreviewed);
  for (const key of diff.gone) console.log(`note: ${key} is reviewed but no longer in the lockfile`);
  console.log(
    `reviewed: ${locked.length - unreviewed.length} of ${locked.length} packages match ${REVIEWED} (reviewed ${reviewed.reviewed})`,
  );
}

if (args.has('--offline')) {
  console.log('signatures: skipped (--offline)');
} else {
  const timeoutMs = Number(process.env.AUDIT_SIGNATURES_TIMEOUT_MS ?? 300_000);
  const outcome = await runSignatureAudit(root, timeoutMs);
  if (outcome.kind === 'verified') console.log(`signatures: ${outcome.summary}`);
  else if (outcome.kind === 'failed') problems.push(`signatures: ${outcome.summary}`);
  else {
    console.log(
      `signatures: skipped, the registry is unreachable (${outcome.summary}); the offline checks above still ran`,
    );
  }
}

for (const line of problems) console.error(`problem: ${line}`);
if (problems.length > 0) {
  console.error(
    `audit:deps: ${problems.length} problem(s). Review each new version (changelog, diff, maintainers), then run ` +
      '`npm run audit:deps -- --accept` to record the lockfile as reviewed; an advisory is fixed by upgrading.',
  );
  process.exit(1);
}
console.log('audit:deps: ok');
