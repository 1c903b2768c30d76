import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresTestServer } from '../../../scripts/test-servers/postgres';
import { startPostgres } from '../../../scripts/test-servers/postgres';
import { spawnCli, type CliRun } from './spawn-cli';
import type { CliHarness } from './testing/cli-harness';
import { openCliHarness } from './testing/cli-harness';

/**
 * The CLI against its stores: imports that change nothing, workbooks rebuilt without their machine
 * sheet, blueprint lines in `show`, the data directory and workspace checks, and the whole
 * new → export → edit → import → diff loop on a real PostgreSQL through DATABASE_URL. The PGlite
 * tests run in-process (`runCli`); the PostgreSQL loop spawns the real binary with DATABASE_URL set.
 */

let cli: CliHarness;
let dir = '';
let server: PostgresTestServer | undefined;
const SLOW = 180_000;
const run = (...args: string[]): Promise<CliRun> => cli.run(...args);

beforeAll(async () => {
  cli = await openCliHarness('waymark-cli-store-');
  dir = cli.dir;
  server = await startPostgres();
}, SLOW);

afterAll(async () => {
  await server?.stop();
  await cli.close();
});

async function editWorkbook(file: string, out: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await readFile(file)).buffer);
  edit(workbook);
  await writeFile(out, Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe('waymark import', () => {
  it(
    'writes no revision for an unchanged file, and pairs a workbook without "_waymark" with the stored map',
    async () => {
      const id = (
        await run('new', '--template', 'purchase', '--title', '線上購物', '--locale', 'zh-TW')
      ).stdout.trim();
      expect((await run('export', id, '--format', 'xlsx', '--out', 'map.xlsx')).code).toBe(0);

      const again = await run('import', 'map.xlsx', '--json');
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({ id, revision: 1, changed: false });
      expect((await run('import', 'map.xlsx')).stdout).toBe(
        `${id} revision 1 (no changes to the map: no new revision)\n`,
      );

      await editWorkbook(join(dir, 'map.xlsx'), join(dir, 'rebuilt.xlsx'), (wb) => {
        wb.removeWorksheet(wb.getWorksheet('_waymark')!.id);
        wb.getWorksheet('Map')!.getCell('C2').value = '搜尋商品';
      });
      expect((await run('import', 'rebuilt.xlsx')).stdout).toBe(`${id} revision 2\n`);
      const diff = await run('diff', id, '1', '2');
      expect(diff.stdout).toMatch(/^added item "搜尋商品" \(itm_[0-9a-f]{12}\)\n$/);
    },
    SLOW,
  );

  it(
    'stale --base is refused even when the file changes nothing',
    async () => {
      const id = (
        await run('new', '--template', 'retention', '--title', 'Giữ chân', '--locale', 'vi')
      ).stdout.trim();
      expect((await run('export', id, '--format', 'json', '--out', 'keep.json')).code).toBe(0);
      expect((await run('restore', id, '1')).code).toBe(0);
      const stale = await run('import', 'keep.json', '--base', '1');
      expect(stale.code).toBe(1);
      expect(stale.stderr).toBe(
        `error: journey "${id}" is at revision 2, but this write was based on revision 1: reload it and try again\n`,
      );
    },
    SLOW,
  );

  it(
    'refuses a workbook exported from an older revision unless --force or a matching --base, changing nothing',
    async () => {
      const id = (await run('new', '--template', 'purchase', '--title', 'Stale workbook')).stdout.trim();
      expect((await run('export', id, '--format', 'xlsx', '--out', 'old.xlsx')).code).toBe(0);
      await editWorkbook(join(dir, 'old.xlsx'), join(dir, 'old.xlsx'), (wb) => {
        wb.getWorksheet('Map')!.getCell('C2').value = 'edited offline';
        wb.getWorksheet('Personas')!.addRow(['Stale Sam']);
      });
      expect((await run('restore', id, '1')).code).toBe(0);

      const refused = await run('import', 'old.xlsx');
      expect(refused).toEqual({
        code: 1,
        stdout: '',
        stderr: `error: old.xlsx: exported from revision 1 of ${id}, which is now at revision 2; export it again, merge it with --merge, or import with --force to replace the newer revisions\n`,
      });
      expect(JSON.parse((await run('history', id, '--json')).stdout)).toHaveLength(2);
      expect((await cli.mapStore.listPersonas()).map((p) => p.persona.name)).not.toContain('Stale Sam');

      const both = await run('import', 'old.xlsx', '--base', '2', '--force');
      expect(both).toMatchObject({
        code: 2,
        stderr: 'error: --base and --force contradict each other: give one of them\n',
      });
      // --base wins over the recorded revision.
      expect(await run('import', 'old.xlsx', '--base', '2')).toMatchObject({
        code: 0,
        stdout: `${id} revision 3\n`,
      });
      expect((await run('diff', id, '2', '3')).stdout).toContain('"edited offline"');
      expect((await run('import', 'old.xlsx')).stderr).toContain('which is now at revision 3;');
      expect(await run('import', 'old.xlsx', '--force')).toMatchObject({
        code: 0,
        stdout: `${id} revision 4\n`,
      });
    },
    SLOW,
  );
});

describe('waymark show and list', () => {
  it(
    'draws the lines of a service blueprint, and names unknown workspaces',
    async () => {
      const id = (await run('new', '--template', 'service-blueprint', '--title', 'Clinic')).stdout.trim();
      const shown = await run('show', id, '--width', '120');
      expect(shown.code).toBe(0);
      const rows = shown.stdout.split('\n').map((l) => l.split('│')[1]?.trim() ?? '');
      const frontstage = rows.findIndex((r) => r === 'Frontstage');
      expect(frontstage).toBeGreaterThan(0);
      expect(rows.slice(frontstage)).toContain('┄ Line of visibility ┄');
      expect(rows).toContain('┄ Line of internal interaction ┄');

      const unknown = await run('list', '--workspace', 'nope');
      expect(unknown).toMatchObject({ code: 1, stderr: 'error: workspace "nope" does not exist\n' });
    },
    SLOW,
  );
});

describe('waymark on PostgreSQL (DATABASE_URL)', () => {
  it(
    'init, new, export, edit one cell, import and diff',
    async () => {
      const url = server?.url ?? '';
      const pg = (...args: string[]): Promise<CliRun> =>
        spawnCli(args, join(dir, 'unused'), dir, { DATABASE_URL: url });
      const init = await pg('init', '--json');
      expect(JSON.parse(init.stdout)).toEqual({ database: url, workspace: 'default', created: true });
      const id = (
        await pg('new', '--template', 'purchase', '--title', 'فروشگاه', '--locale', 'fa')
      ).stdout.trim();
      expect((await pg('export', id, '--format', 'xlsx', '--out', 'pg.xlsx')).code).toBe(0);
      await editWorkbook(join(dir, 'pg.xlsx'), join(dir, 'pg.xlsx'), (wb) => {
        wb.getWorksheet('Map')!.getCell('D3').value = 'وب‌سایت';
      });
      expect((await pg('import', 'pg.xlsx')).stdout).toBe(`${id} revision 2\n`);
      expect((await pg('diff', id, '1', '2')).stdout).toMatch(
        /^added item "وب‌سایت" \(itm_[0-9a-f]{12}\)\n$/,
      );
      const listed = JSON.parse((await pg('list', '--json')).stdout);
      expect(listed).toEqual([expect.objectContaining({ id, title: 'فروشگاه', revision: 2 })]);
    },
    SLOW,
  );
});
