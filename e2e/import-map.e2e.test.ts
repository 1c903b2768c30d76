import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import type { Journey } from '@waymark/domain';
import { suiteSession } from './fixtures';
import { MapImportControl, type ImportFile } from './pages/map-import';

const CARD = 'Compare delivery prices';
const EDITED = 'Compare delivery prices and times — เปรียบเทียบค่าส่ง';

/** Opens a workbook, replaces `from` with `to` in the one Map sheet cell that holds it, returns the bytes. */
async function editMapCell(xlsx: Blob, from: string, to: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await xlsx.arrayBuffer());
  const sheet = wb.getWorksheet('Map');
  if (!sheet) throw new Error('the exported workbook has no Map sheet');
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (String(cell.value).includes(from)) cells.push(cell);
    }),
  );
  const [cell, ...others] = cells;
  if (!cell || others.length > 0)
    throw new Error(`expected one Map cell holding "${from}", found ${cells.length}`);
  cell.value = String(cell.value).replace(from, to);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('import a map from the workspace home', () => {
  const session = suiteSession();
  const api = createApiClient(inject('baseUrl'));
  let journey: Journey;

  beforeAll(async () => {
    const created = await api.journeys.create({ templateId: 'purchase', title: 'Imported in the browser' });
    const stage = created.journey.stages[0];
    const lane = created.journey.lanes.find((l) => l.kind === 'actions');
    if (!stage || !lane) throw new Error('the purchase template has no actions lane');
    const card = { type: 'card' as const, id: 'itm_compare', stageId: stage.id, laneId: lane.id };
    const saved = await api.journeys.save(created.journey.id, {
      journey: {
        ...created.journey,
        items: [...created.journey.items, { ...card, text: CARD, tags: [], evidence: [] }],
      },
      baseRevision: created.revision,
    });
    journey = saved.journey;
  });

  it('imports a workbook with an edited cell and opens the map showing the edit', async () => {
    const before = await api.journeys.get(journey.id);
    const file = {
      name: 'edited-map.xlsx',
      buffer: await editMapCell(await api.journeys.export(journey.id, 'xlsx'), CARD, EDITED),
    };
    await session.home.goto();
    const control = new MapImportControl(session.page);
    await session.screenshot('import-map-home');
    expect(await control.importAndOpen(file)).toBe(journey.id);
    await session.page.getByTestId('map-grid').getByText(EDITED).first().waitFor();
    expect((await api.journeys.get(journey.id)).revision).toBe(before.revision + 1);
    await session.screenshot('import-map-opened');

    // The same content again writes nothing, and the home screen says so.
    const json = Buffer.from(await (await api.journeys.export(journey.id, 'json')).arrayBuffer());
    await session.home.goto();
    await control.choose({ name: 'same-map.json', buffer: json });
    await expect.poll(() => control.status().innerText()).toContain('Nothing changed');
    expect(await control.status().innerText()).toContain('same-map.json');
    expect(session.page.url()).toMatch(/#\/$/);
    expect((await api.journeys.get(journey.id)).revision).toBe(before.revision + 1);
  });

  it('shows progress, then the server error naming a malformed file, and stays', async () => {
    await session.home.goto();
    const control = new MapImportControl(session.page);
    // Hold the upload (it still goes to the real server) until the progress state has been seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await session.page.route('**/api/import', async (route) => {
      await held;
      await route.continue();
    });
    const file: ImportFile = {
      name: 'broken-map.json',
      buffer: Buffer.from('{"format": "waymark.journey/v1", "journey": '),
    };
    await control.choose(file);
    await expect.poll(() => control.status().innerText()).toBe('Importing \u2068broken-map.json\u2069…');
    expect(await control.input().isDisabled()).toBe(true);
    release();
    await control.error().waitFor();
    await session.page.unroute('**/api/import');
    expect(await control.error().getAttribute('role')).toBe('alert');
    expect(await control.error().innerText()).toMatch(/broken-map\.json.*line 1/);
    expect(await control.input().isDisabled()).toBe(false);
    expect(session.page.url()).toMatch(/#\/$/);
    await session.screenshot('import-map-error');
  });

  it('refuses a stale workbook with the conflict message; "Import anyway" imports it', async () => {
    const exported = await api.journeys.get(journey.id);
    const old: ImportFile = {
      name: 'old-map.xlsx',
      buffer: Buffer.from(await (await api.journeys.export(journey.id, 'xlsx')).arrayBuffer()),
    };
    const moved = await api.journeys.save(journey.id, {
      journey: { ...exported.journey, description: 'Changed after the workbook was exported' },
      baseRevision: exported.revision,
    });
    await session.home.goto();
    const control = new MapImportControl(session.page);

    // Cancel leaves everything as it was.
    await control.choose(old);
    await control.conflict().waitFor();
    await control.cancel().click();
    expect(await control.conflict().count()).toBe(0);
    expect((await api.journeys.get(journey.id)).revision).toBe(moved.revision);

    await control.choose(old);
    await control.conflict().waitFor();
    const message = await control.conflict().innerText();
    expect(message).toContain(
      `old-map.xlsx: exported from revision ${exported.revision} of ${journey.id}, which is now at revision ${moved.revision}`,
    );
    await session.screenshot('import-map-conflict');
    // Focus moved to the conflict: the next Tab reaches "Import anyway", and Enter imports.
    await session.page.keyboard.press('Tab');
    expect(await control.importAnyway().evaluate((el) => el === document.activeElement)).toBe(true);
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL(new RegExp(`#/maps/${journey.id}$`));
    await session.page.getByTestId('map-grid').getByText(EDITED).first().waitFor();
    const stored = await api.journeys.get(journey.id);
    expect(stored.revision).toBe(moved.revision + 1);
    expect(stored.journey.description).toBe(exported.journey.description);
    expect(session.dialogs).toEqual([]);
  });
});
