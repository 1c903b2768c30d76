import { CURRENT_FORMAT, type JourneyDocument, type Persona } from '@waymark/domain';
import type ExcelJS from 'exceljs';
import { ImportError, oneLine } from '../import-error';
import { checkWorkbookLimits } from './check-limits';
import { toDocument } from '../json-document';
import { SHEET } from './layout';
import { loadExcel } from './load-exceljs';
import { isGuarded, readMachineJson, readMachineRevision } from './machine-sheet';
import { readJourneyId, readJourneySheet } from './read-journey-sheet';
import { readMapSheet } from './read-map-sheet';
import { readOpportunitiesSheet } from './read-opportunities-sheet';
import { readPersonasSheet } from './read-personas-sheet';
import { SheetGrid } from './sheet-grid';

/** Options of `workbookToDocument`. */
export interface ReadWorkbookOptions {
  /**
   * For a workbook without its "_waymark" sheet (typed or rebuilt by hand): the stored document of
   * the map its "Journey" sheet names by Id, if there is one. It then serves as the baseline, so
   * stages, lanes, items and personas keep their ids and everything the visible sheets do not show
   * (colours, tags, evidence, matchers). Return `undefined` for a map that does not exist.
   */
  baselineFor?: (journeyId: string) => Promise<JourneyDocument | undefined>;
}

/** What a workbook holds: the document, and the stored revision it was exported from if recorded. */
export interface WorkbookContents {
  document: JourneyDocument;
  /**
   * The revision of `document.journey.id` the workbook was exported from, as its "_waymark" sheet
   * records it. Absent for workbooks typed by hand or without the sheet, exported before revisions
   * were recorded or by a caller that did not know one, and when the "Journey" sheet's Id was changed
   * to name another map (the recorded revision belongs to the exported one).
   */
  exportedRevision?: number;
}

/**
 * Reads a workbook in the layout `journeyToWorkbook` writes. With its "_waymark" sheet, the embedded
 * document is the starting point and every visible cell a person changed wins over it, so the
 * exported workbook reads back deep-equal and one edited cell gives one change. Without it (a workbook
 * typed by hand), ids are generated and lane kinds come from the "Kind" column or the lane names.
 * "Journey" and "Map" are required; "Personas" and "Opportunities" are optional.
 * The workbook must keep to `XLSX_LIMITS` (checked before exceljs reads it; `WorkbookLimitError`
 * otherwise). Untrusted files should be read with `readWorkbookInWorker`, which also caps memory and time.
 * Throws `ImportError`: `map.xlsx: missing sheet "Map"`,
 * `map.xlsx: sheet "Opportunities" row 4 column "Impact": expected a whole number 1-5 (got "high")`.
 */
export async function workbookToDocument(
  data: Uint8Array | ArrayBuffer,
  fileName: string,
  options: ReadWorkbookOptions = {},
): Promise<JourneyDocument> {
  return (await readWorkbook(data, fileName, options)).document;
}

/**
 * `workbookToDocument`, also giving the revision the workbook was exported from (see
 * `WorkbookContents`). Importers use it to refuse a workbook the stored map has moved past.
 */
export async function readWorkbook(
  data: Uint8Array | ArrayBuffer,
  fileName: string,
  options: ReadWorkbookOptions = {},
): Promise<WorkbookContents> {
  // A copy as a plain ArrayBuffer: what exceljs's typings ask for, and safe for pooled Buffers.
  const bytes = new Uint8Array(data);
  checkWorkbookLimits(bytes, fileName);
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer);
  } catch (error) {
    const reason = oneLine(error instanceof Error ? error.message : String(error)).split(/[:.] /)[0];
    throw new ImportError(fileName, '', `not a readable XLSX workbook (${reason})`);
  }

  const sheet = (name: string): ExcelJS.Worksheet | undefined =>
    workbook.worksheets.find((ws) => ws.name.trim().toLowerCase() === name.toLowerCase());
  const machine = sheet(SHEET.machine);
  const guarded = isGuarded(machine);
  const grid = (name: string, found: ExcelJS.Worksheet) => new SheetGrid(fileName, name, found, guarded);
  const required = (name: string): SheetGrid => {
    const found = sheet(name);
    if (!found) throw new ImportError(fileName, '', `missing sheet "${name}"`);
    return grid(name, found);
  };

  const journeyGrid = required(SHEET.journey);
  const mapGrid = required(SHEET.map);
  const storedId = options.baselineFor ? readJourneyId(journeyGrid) : undefined;
  const exported = readBaseline(machine, fileName, guarded);
  const baseline = exported ?? (storedId !== undefined ? await options.baselineFor?.(storedId) : undefined);
  const fields = readJourneySheet(journeyGrid, baseline?.journey);

  const personaSheet = sheet(SHEET.personas);
  const personas: Persona[] = personaSheet
    ? readPersonasSheet(grid(SHEET.personas, personaSheet), baseline?.personas ?? [])
    : (baseline?.personas ?? []);

  const content = readMapSheet(mapGrid, baseline, personas);
  const opportunitySheet = sheet(SHEET.opportunities);
  const items = opportunitySheet
    ? readOpportunitiesSheet(grid(SHEET.opportunities, opportunitySheet), baseline?.journey, content)
    : content.items;

  const personaIds = new Set(personas.map((p) => p.id));
  const laneIds = new Set(content.lanes.map((l) => l.id));
  const keptPersonaIds = (baseline?.journey.personaIds ?? []).filter((id) => personaIds.has(id));
  const exportedPersonaIds = new Set((baseline?.personas ?? []).map((p) => p.id));
  const addedPersonaIds = personas.map((p) => p.id).filter((id) => !exportedPersonaIds.has(id));
  const document = {
    format: CURRENT_FORMAT,
    journey: {
      ...baseline?.journey,
      ...fields,
      personaIds: baseline ? [...keptPersonaIds, ...addedPersonaIds] : [...personaIds],
      stages: content.stages,
      lanes: content.lanes,
      items,
      dividers: (baseline?.journey.dividers ?? []).filter((d) => laneIds.has(d.afterLaneId)),
    },
    personas,
  };
  if (fields.goalAction === undefined) delete document.journey.goalAction;
  if (fields.currentStateId === undefined) delete document.journey.currentStateId;
  const read = toDocument(document, fileName, 'after reading the workbook');
  const revision = machine && exported ? readMachineRevision(machine, fileName) : undefined;
  return revision !== undefined && read.journey.id === exported?.journey.id
    ? { document: read, exportedRevision: revision }
    : { document: read };
}

function readBaseline(
  machine: ExcelJS.Worksheet | undefined,
  fileName: string,
  guarded: boolean,
): JourneyDocument | undefined {
  if (!machine) return undefined;
  const json = readMachineJson(machine, guarded);
  if (json === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ImportError(
      fileName,
      `sheet "${SHEET.machine}"`,
      'expected the JSON document Waymark wrote (delete the sheet to import the visible sheets only)',
    );
  }
  return toDocument(raw, fileName, `sheet "${SHEET.machine}"`);
}
