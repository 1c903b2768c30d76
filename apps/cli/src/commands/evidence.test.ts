import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeReviews, reviewReport } from '@waymark/evidence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliRun } from '../spawn-cli';
import type { CliHarness } from '../testing/cli-harness';
import { openCliHarness } from '../testing/cli-harness';

const FIXTURES = join(import.meta.dirname, '../../../../packages/evidence/src/fixtures');
const SLOW = 120_000;

describe('waymark evidence', () => {
  let cli: CliHarness;
  let dir = '';
  const run = (...args: string[]): Promise<CliRun> => cli.run(...args);
  const oneLine = (result: CliRun, code: number): string => {
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    return lines[0]!;
  };

  beforeAll(async () => {
    cli = await openCliHarness('waymark-evidence-');
    dir = cli.dir;
  });
  afterAll(async () => {
    await cli.close();
  });

  it(
    'survey --json prints the contract, with --scale and --metric split at their last =',
    async () => {
      const file = join(dir, 'plain.csv');
      await writeFile(file, 'Rate us (1=bad 5=good),Comment\n4,fine\n5,great\n2,slow\n');
      const result = await run(
        'evidence',
        'survey',
        join(FIXTURES, 'qualtrics.csv'),
        '--scale',
        'Q6_1=1-5',
        '--metric',
        'Q6_1=csat',
        '--json',
      );
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const report = JSON.parse(result.stdout);
      expect(Object.keys(report)).toEqual(['format', 'responses', 'questions']);
      expect(report).toMatchObject({ format: 'qualtrics', responses: 12 });
      expect(report.questions[0]).toEqual({
        id: 'Q1',
        text: 'How likely are you to recommend Waymark Shop to a friend or colleague?',
        n: 12,
        mean: 89 / 12,
        metric: 'nps',
        value: 25,
      });
      // Prices 4 5 3 4 2 3 1 4 5 4 2 3: 6 of 12 on 4-5.
      expect(report.questions.find((q: { id: string }) => q.id === 'Q6_1')).toMatchObject({
        metric: 'csat',
        value: 50,
      });
      expect(report.questions.find((q: { id: string }) => q.id === 'Q5')).toEqual({
        id: 'Q5',
        text: 'What is the one thing we should improve?',
        n: 0,
        mean: null,
        metric: null,
        value: null,
      });

      const equals = await run('evidence', 'survey', file, '--scale', 'Rate us (1=bad 5=good)=1-5', '--json');
      expect(JSON.parse(equals.stdout).questions[0]).toEqual({
        id: 'Rate us (1=bad 5=good)',
        text: 'Rate us (1=bad 5=good)',
        n: 3,
        mean: 11 / 3,
        metric: 'mean',
        value: 11 / 3,
      });
    },
    SLOW,
  );

  it(
    'reviews --json prints what the library reports, and a table without it',
    async () => {
      const file = join(FIXTURES, 'google-play.csv');
      const result = await run('evidence', 'reviews', file, '--json');
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const report = JSON.parse(result.stdout);
      expect(Object.keys(report)).toEqual(['format', 'reviews', 'meanRating', 'languages', 'themes']);
      expect(report).toEqual(reviewReport(await analyzeReviews({ path: file })));
      const table = await run('evidence', 'reviews', join(FIXTURES, 'trustpilot.csv'));
      expect(table.stdout).toMatch(/^6 reviews \(trustpilot\), mean rating 3\.00\nlanguages: en 5, vi 1\n/);
    },
    SLOW,
  );

  it(
    'refuses bad files with one line (exit 1) and bad flags as usage errors (exit 2)',
    async () => {
      const short = join(dir, 'short.csv');
      await writeFile(short, 'a,b,c\n1,2,3\n1,2\n');
      expect(oneLine(await run('evidence', 'survey', short), 1)).toBe(
        'error: short.csv: row 3, column 3 ("c"): the row has 2 columns, but the header has 3',
      );
      const qualtrics = join(FIXTURES, 'qualtrics.csv');
      expect(oneLine(await run('evidence', 'survey', qualtrics, '--scale', 'Q1=ten'), 2)).toBe(
        'error: --scale "Q1=ten": expected MIN-MAX with MIN below MAX, e.g. 0-10',
      );
      expect(oneLine(await run('evidence', 'survey', qualtrics, '--metric', 'Q9=nps'), 2)).toMatch(
        /^error: --metric "Q9": qualtrics\.csv has no question with that id/,
      );
      expect(
        oneLine(await run('evidence', 'survey', qualtrics, '--metric', 'Q2=nps', '--scale', 'Q2=1-5'), 2),
      ).toBe('error: --metric "Q2"=nps: NPS is defined on a 0-10 scale, but the question is declared 1-5');
      expect(oneLine(await run('evidence', 'reviews', qualtrics, '--format', 'bogus'), 2)).toBe(
        'error: --format: expected one of auto, google-play, app-store, trustpilot, csv (got "bogus")',
      );
      expect(oneLine(await run('evidence', 'reviews', join(dir, 'missing.csv')), 1)).toMatch(
        /^error: .*missing\.csv: no such file or directory$/,
      );
    },
    SLOW,
  );
});
