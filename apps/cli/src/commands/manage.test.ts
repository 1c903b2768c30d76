import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliRun } from '../spawn-cli';
import type { CliHarness } from '../testing/cli-harness';
import { openCliHarness } from '../testing/cli-harness';

/**
 * `rename`, `duplicate`, `delete`, `trash` and `undelete`, then PDF export on paper, on one PGlite
 * data directory, in order.
 */

let cli: CliHarness;
let dir = '';
const run = (...args: string[]): Promise<CliRun> => cli.run(...args);
const SLOW = 300_000;
const json = (result: CliRun): unknown => {
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(result.stdout);
};

beforeAll(async () => {
  cli = await openCliHarness('waymark-cli-manage-');
  dir = cli.dir;
});
afterAll(async () => {
  await cli.close();
});

describe('waymark map management', () => {
  it(
    'renames, duplicates, deletes to the trash, lists it, undeletes and purges',
    async () => {
      const id = (
        await run('new', '--template', 'service-blueprint', '--title', 'Clinic', '--locale', 'vi')
      ).stdout.trim();
      expect(await run('rename', id, 'Phòng khám')).toMatchObject({
        code: 0,
        stdout: `${id} revision 2 (renamed to "Phòng khám")\n`,
      });
      expect((await run('rename', id, ' ')).code).toBe(2);

      const copy = json(await run('duplicate', id, '--json'));
      expect(copy).toMatchObject({
        title: 'Bản sao của Phòng khám',
        revision: 1,
        from: id,
        workspaceId: 'default',
      });
      const copyId = String(Reflect.get(Object(copy), 'id'));
      expect(copyId).toMatch(/^jrn_[0-9a-f]{12}$/);
      expect(json(await run('history', copyId, '--json'))).toEqual([
        expect.objectContaining({ action: 'create', message: `Duplicated from ${id} revision 2` }),
      ]);

      const deleted = await run('delete', id);
      expect(deleted.code).toBe(0);
      expect(deleted.stdout).toMatch(
        new RegExp(
          `^${id} moved to the trash until \\d{4}-\\d{2}-\\d{2} \\(\`waymark undelete ${id}\` brings it back\\)\\n$`,
        ),
      );
      expect((await run('show', id)).stderr).toBe(
        `error: journey "${id}" does not exist (see \`waymark list\`)\n`,
      );
      const trash = json(await run('trash', '--json'));
      expect(trash).toEqual([expect.objectContaining({ id, title: 'Phòng khám', revision: 2 })]);

      expect(await run('undelete', id)).toMatchObject({
        code: 0,
        stdout: `${id} is back at revision 2 ("Phòng khám")\n`,
      });
      expect((await run('undelete', id)).stderr).toBe(`error: journey "${id}" is not in the trash\n`);

      expect(json(await run('delete', copyId, '--purge', '--json'))).toEqual({ id: copyId, purged: true });
      expect((await run('undelete', copyId)).stderr).toBe(`error: journey "${copyId}" does not exist\n`);
      expect(json(await run('trash', '--json'))).toEqual([]);
    },
    SLOW,
  );

  it(
    'exports an A4 portrait PDF tiled over sheets and an SVG with its fonts, and refuses print flags on other formats',
    async () => {
      const id = (await run('new', '--template', 'purchase', '--title', 'Tiles')).stdout.trim();
      const written = json(
        await run(
          'export',
          id,
          '--format',
          'pdf',
          '--page',
          'A4',
          '--orientation',
          'portrait',
          '--out',
          't.pdf',
          '--json',
        ),
      );
      expect(written).toMatchObject({ id, format: 'pdf', file: 't.pdf' });
      const info = execFileSync('pdfinfo', [join(dir, 't.pdf')], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
      expect(info).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);
      expect(info).toMatch(/Title:\s+Tiles\n/);
      const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', join(dir, 't.pdf'), '-'], {
        encoding: 'utf8',
      });
      expect(text).toContain('Tiles — Page 1 of');
      expect((await run('export', id, '--format', 'svg', '--out', 't.svg')).code).toBe(0);
      expect(readFileSync(join(dir, 't.svg'), 'utf8')).toContain(
        '@font-face{font-family:"Waymark DejaVu Sans"',
      );
      const wrong = await run('export', id, '--format', 'svg', '--page', 'a4');
      expect(wrong).toMatchObject({ code: 2, stderr: 'error: --page applies to --format pdf only\n' });
      expect((await run('export', id, '--format', 'pdf', '--layout', 'spread')).stderr).toBe(
        'error: --layout: expected one of tiled, fit (got "spread")\n',
      );
    },
    SLOW,
  );
});
