import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliRun } from '../spawn-cli';
import { spawnCli } from '../spawn-cli';

/** `waymark evidence import` stores survey, review and interview files as data sets, all or nothing. */
const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../../../packages/evidence/src/fixtures/${name}`, import.meta.url));

let dir = '';
let data = '';
const run = (...args: string[]): Promise<CliRun> => spawnCli(args, data, dir);
const SLOW = 180_000;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-evidence-import-'));
  data = join(dir, 'data');
  await copyFile(fixture('qualtrics.csv'), join(dir, 'qualtrics.csv'));
  await copyFile(fixture('google-play.csv'), join(dir, 'google-play.csv'));
  await writeFile(
    join(dir, 'interview.md'),
    '# Interview with Mai\n\n**Interviewer:** How did checkout go?\n\nMai: The card form\nkept resetting.\n\nIt was slow.\n',
  );
  await writeFile(
    join(dir, 'bad.csv'),
    'Timestamp,How easy?\n2024-01-01 10:00:00,7\n2024-01-02 10:00:00,8,extra\n',
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('waymark evidence import', () => {
  it(
    'stores a survey, reviews and an interview as data sets listed with their kind, span and rows',
    async () => {
      const survey = await run(
        'evidence',
        'import',
        'qualtrics.csv',
        '--kind',
        'survey',
        '--dataset',
        'Q3 NPS',
        '--json',
      );
      expect(survey.stderr).toBe('');
      const stored = JSON.parse(survey.stdout) as {
        id: string;
        rows: number;
        kind: string;
        from: string | null;
      };
      expect(stored).toMatchObject({
        kind: 'survey',
        name: 'Q3 NPS',
        source: 'qualtrics.csv',
        author: 'CLI',
      });
      expect(stored.rows).toBeGreaterThan(0);
      expect(stored.from).toMatch(/^\d{4}-\d\d-\d\dT/);
      const reviews = await run('evidence', 'import', 'google-play.csv', '--kind', 'reviews');
      expect(reviews.stdout).toMatch(
        /^imported 27 reviews from google-play\.csv as data set "google-play\.csv" \(ds_/,
      );
      const interview = await run('evidence', 'import', 'interview.md', '--kind', 'interviews', '--json');
      expect(JSON.parse(interview.stdout)).toMatchObject({
        kind: 'interviews',
        rows: 4,
        from: null,
        to: null,
      });
      const again = await run('evidence', 'import', 'qualtrics.csv', '--kind', 'survey');
      expect(again.code).toBe(1);
      expect(again.stderr).toBe(
        `error: qualtrics.csv: data set "Q3 NPS" (${stored.id}) already holds this content; import with force to add it again\n`,
      );
      const listed = JSON.parse((await run('datasets', 'list', '--json')).stdout) as {
        name: string;
        kind: string;
      }[];
      expect(listed.map((d) => [d.name, d.kind])).toEqual([
        ['Q3 NPS', 'survey'],
        ['google-play.csv', 'reviews'],
        ['interview.md', 'interviews'],
      ]);
    },
    SLOW,
  );

  it(
    'refuses a bad file with one line naming its row and column, storing nothing; usage errors exit 2',
    async () => {
      const bad = await run('evidence', 'import', 'bad.csv', '--kind', 'survey');
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(
        /^error: bad\.csv: row 3, column 3: a value \("extra"\) past the last header column/,
      );
      expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(await run('evidence', 'import', 'bad.csv', '--kind', 'diary')).toMatchObject({
        code: 2,
        stderr: 'error: --kind: expected survey, reviews or interviews (got "diary")\n',
      });
      const listed = JSON.parse(
        (await run('datasets', 'list', '--kind', 'survey', '--json')).stdout,
      ) as unknown[];
      expect(listed).toHaveLength(1);
      const deleted = await run('datasets', 'delete', 'Q3 NPS');
      expect(deleted.stdout).toMatch(
        /^deleted data set "Q3 NPS" \(ds_[0-9a-f]{16}, survey\) and its \d+ rows\n$/,
      );
      expect(JSON.parse((await run('datasets', 'list', '--kind', 'survey', '--json')).stdout)).toEqual([]);
    },
    SLOW,
  );
});
