import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFromTemplate, parseDocument, serializeDocument } from '@waymark/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliRun } from './spawn-cli';
import type { CliHarness } from './testing/cli-harness';
import { openCliHarness } from './testing/cli-harness';
import { displayWidth } from './text/display-width';

/**
 * Tests of the `waymark` commands, run in-process (`runCli`) on one PGlite data directory opened
 * once for this file, so the tests run in order. `bin.test.ts` spawns the real binary.
 */

let cli: CliHarness;
let dir = '';
let mapId = '';
const run = (...args: string[]): Promise<CliRun> => cli.run(...args);
const SLOW = 180_000;

/** The one line a failed run printed on stderr. */
function oneErrorLine(result: CliRun): string {
  expect(result.code).not.toBe(0);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/\bat .*\.ts:\d+/);
  return lines[0] ?? '';
}

beforeAll(async () => {
  cli = await openCliHarness('waymark-cli-');
  dir = cli.dir;
  const init = await run('init');
  expect(init).toMatchObject({ code: 0, stderr: '' });
  expect(init.stdout).toContain('initialized');
}, SLOW);

afterAll(async () => {
  await cli.close();
});

describe('waymark', () => {
  it(
    'new → export xlsx → edit one cell → import → diff shows that one change',
    async () => {
      const created = await run('new', '--template', 'purchase', '--title', 'ร้านค้าออนไลน์', '--locale', 'th');
      expect(created.code).toBe(0);
      mapId = created.stdout.trim();
      expect(mapId).toMatch(/^jrn_[0-9a-f]{12}$/);

      const file = join(dir, 'map.xlsx');
      expect((await run('export', mapId, '--format', 'xlsx', '--out', file)).code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(await readFile(file)).buffer);
      const map = workbook.getWorksheet('Map');
      expect(map?.getCell('A2').value).toBe('การกระทำ');
      map!.getCell('C2').value = 'ค้นหาสินค้าในมือถือ 搜尋';
      await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));

      const imported = await run('import', file);
      expect(imported).toMatchObject({ code: 0, stdout: `${mapId} revision 2\n` });

      const diff = await run('diff', mapId, '1', '2');
      expect(diff.code).toBe(0);
      const lines = diff.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^added item "ค้นหาสินค้าในมือถือ 搜尋" \(itm_[0-9a-f]{12}\)$/);
    },
    SLOW,
  );

  it(
    'refuses malformed JSON, an unknown lane kind, a missing sheet and a stale base, changing nothing',
    async () => {
      const before = await run('list', '--json');
      expect(before.code).toBe(0);

      await writeFile(
        join(dir, 'bad.json'),
        '{\n  "format": "waymark.journey/v1",\n  "journey": {\n    oops\n}',
      );
      expect(oneErrorLine(await run('import', 'bad.json'))).toBe(
        'error: bad.json: not valid JSON at line 4, column 5: Unexpected token "o", expected a double-quoted property name',
      );

      const journey = createFromTemplate('purchase', { title: '購物', locale: 'zh-TW' });
      const doc = JSON.parse(serializeDocument({ format: 'waymark.journey/v1', journey, personas: [] }));
      doc.journey.lanes[2].kind = 'foo';
      await writeFile(join(dir, 'kind.json'), JSON.stringify(doc));
      expect(oneErrorLine(await run('import', 'kind.json'))).toMatch(
        /^error: kind\.json: \$\.journey\.lanes\[2\]\.kind: expected one of actions, touchpoints, .* \(got "foo"\)$/,
      );

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(await readFile(join(dir, 'map.xlsx'))).buffer);
      workbook.removeWorksheet(workbook.getWorksheet('Map')!.id);
      await writeFile(join(dir, 'nomap.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
      expect(oneErrorLine(await run('import', 'nomap.xlsx'))).toBe('error: nomap.xlsx: missing sheet "Map"');

      // A valid document with a new persona, imported on a stale base: the persona write must roll back.
      const current = parseDocument(JSON.parse((await run('export', mapId, '--format', 'json')).stdout));
      current.personas.push({
        id: 'per_rollback',
        name: 'มาลี',
        demographics: [],
        goals: [],
        needs: [],
        motivations: [],
        frustrations: [],
        preferredChannels: [],
        segmentRule: [],
      });
      current.journey.personaIds.push('per_rollback');
      await writeFile(join(dir, 'stale.json'), JSON.stringify(current));
      expect(oneErrorLine(await run('import', 'stale.json', '--base', '1'))).toBe(
        `error: journey "${mapId}" is at revision 2, but this write was based on revision 1: reload it and try again`,
      );

      const after = await run('list', '--json');
      expect(after.stdout).toBe(before.stdout);
      expect(await cli.mapStore.getPersona('per_rollback')).toBeUndefined();
    },
    SLOW,
  );

  it(
    'shows a Thai and Chinese map as an aligned table',
    async () => {
      const journey = createFromTemplate('purchase', { title: '線上購物 ร้านค้า', locale: 'zh-TW' });
      const [stage] = journey.stages;
      const [lane] = journey.lanes;
      journey.items.push({
        type: 'card',
        id: 'itm_show1',
        stageId: stage!.id,
        laneId: lane!.id,
        text: 'ค้นหาสินค้าในร้านค้าออนไลน์ที่ใช้บ่อยทุกวัน และเปรียบเทียบราคา',
        tags: [],
        evidence: [],
      });
      journey.items.push({
        type: 'card',
        id: 'itm_show2',
        stageId: stage!.id,
        laneId: lane!.id,
        text: '比較價格與評價，然後加入購物車',
        tags: [],
        evidence: [],
      });
      const file = join(dir, 'show.json');
      await writeFile(file, serializeDocument({ format: 'waymark.journey/v1', journey, personas: [] }));
      expect((await run('import', file)).code).toBe(0);

      const shown = await run('show', journey.id, '--width', '90');
      expect(shown.code).toBe(0);
      const lines = shown.stdout.trimEnd().split('\n');
      expect(lines[0]).toBe('線上購物 ร้านค้า');
      const table = lines.filter((l) => /^[┌│├└]/.test(l));
      const widths = new Set(table.map(displayWidth));
      expect(widths.size).toBe(1);
      expect([...widths][0]).toBeLessThanOrEqual(90);
      expect(shown.stdout).toContain('認知');
      expect(shown.stdout.replace(/[│ \n]/g, '')).toContain(
        '比較價格與評價，然後加入購物車'.replace(/ /g, ''),
      );
    },
    SLOW,
  );

  it(
    'lists history and restores an earlier revision',
    async () => {
      const history = await run('history', mapId, '--json');
      expect(history.code).toBe(0);
      expect(JSON.parse(history.stdout)).toEqual([
        expect.objectContaining({ revision: 1, action: 'create', author: 'CLI', saves: 1 }),
        expect.objectContaining({ revision: 2, action: 'import', author: 'import' }),
      ]);

      const restored = await run('restore', mapId, '1');
      expect(restored).toMatchObject({ code: 0, stdout: `${mapId} revision 3 (restored from revision 1)\n` });
      expect(await run('label', mapId, '2', 'Q3 baseline')).toMatchObject({
        code: 0,
        stdout: `${mapId} revision 2: "Q3 baseline"\n`,
      });
      const table = (await run('history', mapId)).stdout;
      expect(table).toMatch(/│ Rev │ Action +│ Author +│ When +│ Label +│ Message/);
      expect(table).toMatch(/│ 2 +│ import +│ import +│ .+ │ Q3 baseline │ imported from map\.xlsx/);
      expect(table).toMatch(/│ 3 +│ restore +│ CLI +│/);
      expect(oneErrorLine(await run('label', mapId, '2'))).toBe(
        "error: give a label, or --clear to remove the revision's name (not both)",
      );
      expect((await run('label', mapId, '2', '--clear')).stdout).toBe(`${mapId} revision 2: name removed\n`);

      const diff = await run('diff', mapId, '2', '3', '--json');
      expect(JSON.parse(diff.stdout).changes).toEqual([
        expect.objectContaining({ kind: 'removed', entity: 'item', name: 'ค้นหาสินค้าในมือถือ 搜尋' }),
      ]);

      expect(oneErrorLine(await run('restore', mapId, '2', '--base', '2'))).toBe(
        `error: journey "${mapId}" is at revision 3, but this write was based on revision 2: reload it and try again`,
      );
    },
    SLOW,
  );
});

describe('waymark import --merge', () => {
  it(
    "merges a stale file's changes into the newer revisions, and lists conflicts without writing",
    async () => {
      const exported = await run('export', mapId, '--format', 'json');
      const base = JSON.parse((await run('history', mapId, '--json')).stdout).at(-1).revision as number;
      const file = parseDocument(JSON.parse(exported.stdout));
      expect((await run('rename', mapId, 'Renamed meanwhile')).code).toBe(0);

      await writeFile(
        join(dir, 'merge.json'),
        JSON.stringify({ ...file, journey: { ...file.journey, description: 'From the file' } }),
      );
      const merged = await run('import', 'merge.json', '--merge', '--base', String(base));
      expect(merged).toMatchObject({
        code: 0,
        stdout: `${mapId} revision ${base + 2} (merged with revision ${base + 1})\n`,
      });

      await writeFile(
        join(dir, 'clash.json'),
        JSON.stringify({ ...file, journey: { ...file.journey, title: 'Title from the file' } }),
      );
      const clash = await run('import', 'clash.json', '--merge', '--base', String(base));
      expect(clash.code).toBe(1);
      expect(clash.stderr.trimEnd().split('\n')).toEqual([
        `conflict: journey "Renamed meanwhile" (${mapId}) title: stored "Renamed meanwhile" · file "Title from the file"`,
        `error: clash.json: 1 conflict between the file and revisions ${base + 1} to ${base + 2}; choose a side with --prefer theirs|mine, or export it again`,
      ]);
      const mine = await run(
        'import',
        'clash.json',
        '--merge',
        '--base',
        String(base),
        '--prefer',
        'mine',
        '--json',
      );
      expect(JSON.parse(mine.stdout)).toMatchObject({
        revision: base + 3,
        changed: true,
        merged: { base, into: base + 2, conflicts: [expect.objectContaining({ field: 'title' })] },
      });
      const shown = JSON.parse((await run('export', mapId, '--format', 'json')).stdout);
      expect(shown.journey).toMatchObject({ title: 'Title from the file', description: 'From the file' });
      expect(oneErrorLine(await run('import', 'clash.json', '--merge', '--force'))).toBe(
        'error: --merge and --force contradict each other: give one of them',
      );
      expect(oneErrorLine(await run('import', 'clash.json', '--merge'))).toBe(
        'error: clash.json records no revision to merge from: give --base, the revision it was made from',
      );
    },
    SLOW,
  );
});

describe('waymark validate', () => {
  it('prints ok for a good file and one line for a bad one, without a store', async () => {
    const journey = createFromTemplate('purchase', { title: 'Hành trình mua hàng', locale: 'vi' });
    await writeFile(
      join(dir, 'good.json'),
      serializeDocument({ format: 'waymark.journey/v1', journey, personas: [] }),
    );
    expect(await run('validate', 'good.json')).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });

    await writeFile(join(dir, 'notes.txt'), 'x');
    expect(oneErrorLine(await run('validate', 'notes.txt'))).toBe(
      'error: notes.txt: expected a .json or .xlsx file (got ".txt")',
    );

    const bad = await run('validate', 'kind.json', '--json');
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, file: 'kind.json' });
    expect(oneErrorLine(bad)).toMatch(/^error: kind\.json: \$\.journey\.lanes\[2\]\.kind: /);
  });
});
