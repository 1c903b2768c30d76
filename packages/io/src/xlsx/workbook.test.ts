import {
  createFromTemplate,
  diffDocuments,
  diffJourneys,
  formatChange,
  type JourneyDocument,
} from '@waymark/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error';
import { SCRIPTS, makeDocument } from '../test-documents';
import { workbookToDocument } from './read-workbook';
import { journeyToWorkbook } from './write-workbook';
import { editWorkbook, sheetOf } from './test-workbooks';

async function importError(buffer: Buffer, fileName = 'map.xlsx'): Promise<ImportError> {
  try {
    await workbookToDocument(buffer, fileName);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

/** Every change between two documents, one readable line each. */
function changes(a: JourneyDocument, b: JourneyDocument): string[] {
  return diffDocuments(a, b).changes.map(formatChange);
}

describe('XLSX round trip', () => {
  it('gives back the exported document deep-equal, every script byte for byte', async () => {
    const doc = makeDocument();
    const back = await workbookToDocument(await journeyToWorkbook(doc), 'map.xlsx');
    expect(back).toEqual(doc);
    expect(JSON.stringify(back)).toBe(JSON.stringify(doc));
    for (const sample of Object.values(SCRIPTS)) {
      expect(Buffer.from(JSON.stringify(back), 'utf8').includes(Buffer.from(sample, 'utf8'))).toBe(true);
    }
  });

  it.each(['en', 'th', 'zh-TW', 'vi', 'fa'] as const)(
    'round-trips the purchase template in %s',
    async (locale) => {
      const journey = createFromTemplate('purchase', { title: `${SCRIPTS.persian} ${locale}`, locale });
      const doc: JourneyDocument = { format: 'waymark.journey/v1', journey, personas: [] };
      expect(await workbookToDocument(await journeyToWorkbook(doc), 'map.xlsx')).toEqual(doc);
    },
  );

  it('keeps text XML cannot hold in the machine copy', async () => {
    const doc = makeDocument({ description: 'bell\u0007 and\r\nCRLF \uD800 lone' });
    expect(await workbookToDocument(await journeyToWorkbook(doc), 'map.xlsx')).toEqual(doc);
  });

  it('lays out the visible sheets for a person', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await journeyToWorkbook(makeDocument())).buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Journey',
      'Map',
      'Personas',
      'Opportunities',
      '_waymark',
    ]);
    const map = sheetOf(wb, 'Map');
    expect(map.getRow(1).values).toEqual([undefined, 'Lane', 'Kind', 'ค้นหา', '結帳 | pay', 'پشتیبانی']);
    expect(map.getCell('C2').value).toBe(`${SCRIPTS.thai}\n\n  two\nlines ${SCRIPTS.persian}  \n\nthird`);
    expect(map.getCell('B3').value).toBe('Touchpoints');
    expect(map.getCell('D4').value).toBe('مریم: -3.5 — ugh');
    expect(map.getCell('D5').value).toBe(`${SCRIPTS.persian} (severity 4/5, frequency 2/5)`);
    expect(map.getCell('D6').value).toBe('One-page checkout | 一頁結帳 (impact 5/5, feasibility 3/5)');
    const opportunities = sheetOf(wb, 'Opportunities');
    expect(opportunities.getRow(2).values).toEqual([
      undefined,
      '結帳 | pay',
      'Opportunities',
      'One-page checkout | 一頁結帳',
      5,
      3,
      15,
      'planned',
      'Nok',
      '2026-06-30',
    ]);
    expect(sheetOf(wb, 'Personas').getCell('E2').value).toBe('Age: 34\nCity: กรุงเทพฯ');
    expect(sheetOf(wb, '_waymark').state).toBe('hidden');
  });
});

describe('editing visible cells', () => {
  it('one edited card line is exactly one change', async () => {
    const doc = makeDocument();
    const edited = await editWorkbook(await journeyToWorkbook(doc), (wb) => {
      const cell = sheetOf(wb, 'Map').getCell('C2');
      cell.value = String(cell.value).replace('third', 'ที่สาม 第三');
    });
    const back = await workbookToDocument(edited, 'map.xlsx');
    expect(diffJourneys(doc.journey, back.journey).changes).toEqual([
      expect.objectContaining({
        kind: 'changed',
        entity: 'item',
        id: 'itm_10',
        field: 'text',
        after: 'ที่สาม 第三',
      }),
    ]);
    expect(back.personas).toEqual(doc.personas);
  });

  it('an edited pain point line changes its severity only', async () => {
    const doc = makeDocument();
    const edited = await editWorkbook(await journeyToWorkbook(doc), (wb) => {
      sheetOf(wb, 'Map').getCell('E5').value = `${SCRIPTS.vietnamese} (severity 2/5)`;
    });
    const back = await workbookToDocument(edited, 'map.xlsx');
    expect(changes(doc, back)).toEqual([
      `changed item ${JSON.stringify(SCRIPTS.vietnamese)} (itm_7) severity: 5 → 2`,
    ]);
  });

  it('the Opportunities sheet edits impact; priority is ignored', async () => {
    const doc = makeDocument();
    const edited = await editWorkbook(await journeyToWorkbook(doc), (wb) => {
      const sheet = sheetOf(wb, 'Opportunities');
      sheet.getCell('D3').value = 4;
      sheet.getCell('F2').value = 99;
    });
    const back = await workbookToDocument(edited, 'map.xlsx');
    expect(changes(doc, back)).toEqual(['changed item "Chat bot" (itm_9) impact: 2 → 4']);
  });

  it('a persona, a stage header and the title edit one field each', async () => {
    const doc = makeDocument();
    const edited = await editWorkbook(await journeyToWorkbook(doc), (wb) => {
      sheetOf(wb, 'Personas').getCell('B3').value = 'نویسنده';
      sheetOf(wb, 'Map').getCell('E1').value = 'Hỗ trợ';
      sheetOf(wb, 'Journey').getCell('B3').value = 'ชื่อใหม่';
    });
    const back = await workbookToDocument(edited, 'map.xlsx');
    expect(changes(doc, back).sort()).toEqual(
      [
        `changed journey jrn_test title: ${JSON.stringify(SCRIPTS.thai)} → "ชื่อใหม่"`,
        'changed persona "مریم" (per_b) role: (none) → "نویسنده"',
        'changed stage "Hỗ trợ" (stg_3) name: "پشتیبانی" → "Hỗ trợ"',
      ].sort(),
    );
  });

  it('a line added to a cell adds one item of the lane kind', async () => {
    const doc = makeDocument();
    const edited = await editWorkbook(await journeyToWorkbook(doc), (wb) => {
      sheetOf(wb, 'Map').getCell('C5').value = 'ช้า (severity 3/5)';
    });
    const back = await workbookToDocument(edited, 'map.xlsx');
    const added = back.journey.items.find((i) => i.text === 'ช้า');
    expect(added).toMatchObject({ type: 'pain_point', severity: 3, stageId: 'stg_1', laneId: 'lan_pain' });
    expect(diffJourneys(doc.journey, back.journey).changes).toHaveLength(1);
  });
});

describe('hand-typed workbooks', () => {
  async function handTyped(fill: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    fill(wb);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('imports with generated ids and inferred lane kinds', async () => {
    const buffer = await handTyped((wb) => {
      wb.addWorksheet('Journey').addRows([
        ['Title', '購物旅程'],
        ['Locale', 'zh-TW'],
      ]);
      const map = wb.addWorksheet('Map');
      map.addRows([
        ['Lane', '搜尋', 'Checkout'],
        ['Actions', 'Search\nCompare', 'Pay'],
        ['痛點', '', 'Slow page (severity 4/5)'],
        ['Feelings', 'Ann: 3', 'Ann: -2 — annoyed'],
        ['Ideas', '', 'Save cards'],
        ['Notes from call', 'x', ''],
      ]);
      wb.addWorksheet('Personas').addRows([
        ['Name', 'Goals'],
        ['Ann', 'Buy fast\nPay less'],
      ]);
      wb.addWorksheet('Opportunities').addRows([
        ['Stage', 'Lane', 'Opportunity', 'Impact', 'Feasibility', 'Status', 'Due date'],
        ['Checkout', 'Ideas', 'Save cards', 5, 2, 'In progress', new Date(Date.UTC(2026, 2, 31))],
      ]);
    });
    const doc = await workbookToDocument(buffer, 'typed.xlsx');
    const { journey } = doc;
    expect(journey).toMatchObject({
      title: '購物旅程',
      locale: 'zh-TW',
      direction: 'ltr',
      mapType: 'current_state',
    });
    expect(journey.lanes.map((l) => l.kind)).toEqual([
      'actions',
      'pain_points',
      'emotions',
      'opportunities',
      'custom',
    ]);
    expect(journey.stages.map((s) => s.name)).toEqual(['搜尋', 'Checkout']);
    expect(doc.personas).toEqual([expect.objectContaining({ name: 'Ann', goals: ['Buy fast', 'Pay less'] })]);
    expect(journey.personaIds).toEqual([doc.personas[0]?.id]);
    expect(journey.items.filter((i) => i.type === 'card').map((i) => i.text)).toEqual([
      'Search',
      'Compare',
      'Pay',
      'x',
    ]);
    expect(journey.items.filter((i) => i.type === 'opportunity')).toEqual([
      expect.objectContaining({
        text: 'Save cards',
        impact: 5,
        feasibility: 2,
        status: 'in_progress',
        dueDate: '2026-03-31',
      }),
    ]);
    expect(journey.items.find((i) => i.type === 'emotion_point' && i.score === -2)?.text).toBe('annoyed');
  });

  it('rebuilt without "_waymark", pairs with the stored map its Id names and edits one field', async () => {
    const doc = makeDocument();
    const withoutMachine = await editWorkbook(await journeyToWorkbook(doc), (wb) => {
      wb.removeWorksheet(sheetOf(wb, '_waymark').id);
      const cell = sheetOf(wb, 'Map').getCell('C2');
      cell.value = String(cell.value).replace('third', 'ที่สาม');
    });
    const asked: string[] = [];
    const back = await workbookToDocument(withoutMachine, 'map.xlsx', {
      baselineFor: async (id) => {
        asked.push(id);
        return id === doc.journey.id ? doc : undefined;
      },
    });
    expect(asked).toEqual([doc.journey.id]);
    expect(changes(doc, back)).toEqual([
      expect.stringMatching(/^changed item .*\(itm_10\) text: .* → "ที่สาม"$/),
    ]);
    const unknown = await workbookToDocument(withoutMachine, 'map.xlsx', {
      baselineFor: async () => undefined,
    });
    expect(unknown.journey.stages.map((s) => s.id)).not.toContain(doc.journey.stages[0]?.id);
  });

  it('reads a Kind column', async () => {
    const buffer = await handTyped((wb) => {
      wb.addWorksheet('Journey').addRows([
        ['Field', 'Value'],
        ['Title', 'T'],
      ]);
      wb.addWorksheet('Map').addRows([
        ['Lane', 'Kind', 'S1'],
        ['Whatever', 'technology', 'CRM'],
      ]);
    });
    const doc = await workbookToDocument(buffer, 'k.xlsx');
    expect(doc.journey.lanes).toEqual([expect.objectContaining({ name: 'Whatever', kind: 'technology' })]);
  });
});

describe('workbook errors', () => {
  it('names a missing sheet', async () => {
    const buffer = await editWorkbook(await journeyToWorkbook(makeDocument()), (wb) => {
      wb.removeWorksheet(sheetOf(wb, 'Map').id);
    });
    expect((await importError(buffer)).message).toBe('map.xlsx: missing sheet "Map"');
  });

  it('names sheet, row and column of a bad number', async () => {
    const buffer = await editWorkbook(await journeyToWorkbook(makeDocument()), (wb) => {
      sheetOf(wb, 'Opportunities').getCell('D2').value = 'high';
    });
    expect((await importError(buffer)).message).toBe(
      'map.xlsx: sheet "Opportunities" row 2 column "Impact": expected a whole number 1-5 (got "high")',
    );
  });

  it('names an unknown lane kind', async () => {
    const buffer = await editWorkbook(await journeyToWorkbook(makeDocument()), (wb) => {
      sheetOf(wb, 'Map').getCell('B3').value = 'foo';
    });
    expect((await importError(buffer)).message).toMatch(
      /^map\.xlsx: sheet "Map" row 3 column "Kind": expected one of actions, touchpoints, .*custom \(got "foo"\)$/,
    );
  });

  it('names an unknown persona in an emotions lane', async () => {
    const buffer = await editWorkbook(await journeyToWorkbook(makeDocument()), (wb) => {
      sheetOf(wb, 'Map').getCell('E4').value = 'Nobody: 2';
    });
    expect((await importError(buffer)).message).toBe(
      'map.xlsx: sheet "Map" row 4 column "پشتیبانی": expected a persona name (สมชาย, مریم) (got "Nobody")',
    );
  });

  it('rejects bytes that are not a workbook', async () => {
    expect((await importError(Buffer.from('not a zip'), 'x.xlsx')).message).toMatch(
      /^x\.xlsx: not a readable XLSX workbook/,
    );
  });
});
