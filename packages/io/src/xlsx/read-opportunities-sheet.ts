import { opportunitySchema, type Item, type Journey, type Opportunity } from '@waymark/domain';
import { xmlSafe } from './cell-text';
import { newItemId } from './ids';
import { OPPORTUNITY_COLUMNS, opportunityRows, type CellValue } from './layout';
import type { MapContent } from './read-map-sheet';
import { matchRows } from './match-rows';
import type { SheetGrid } from './sheet-grid';

type Column = (typeof OPPORTUNITY_COLUMNS)[number];
const EDITABLE: readonly Column[] = [
  'Stage',
  'Lane',
  'Opportunity',
  'Impact',
  'Feasibility',
  'Status',
  'Owner',
  'Due date',
];
const STATUS = opportunitySchema.shape.status.unwrap().options;
const isoDate = opportunitySchema.shape.dueDate;

/**
 * Applies the "Opportunities" sheet to the items read from the map. A row paired with an exported
 * opportunity changes only the cells a person edited ("Priority" is derived and always ignored).
 * Other rows update the opportunity with the same text in their stage and lane, or add one.
 * Returns the new item list; `content` is not changed.
 */
export function readOpportunitiesSheet(
  grid: SheetGrid,
  baseline: Journey | undefined,
  content: MapContent,
): Item[] {
  const columns = new Map<Column, number>();
  for (const name of OPPORTUNITY_COLUMNS) {
    const column = name === 'Opportunity' ? grid.column(name, 'Text') : grid.column(name);
    if (column !== undefined) columns.set(name, column);
  }
  const rows = grid.dataRows();
  const textColumn = columns.get('Opportunity');
  if (rows.length && textColumn === undefined)
    throw grid.error(1, undefined, 'an "Opportunity" column header');

  const exported = baseline ? opportunityRows(baseline) : [];
  const matches = matchRows(
    rows.map((row) => grid.text(row, textColumn ?? 1)),
    exported.map((e) => xmlSafe(e.item.text)),
  );
  const items = [...content.items];
  const claimed = new Set<string>();
  rows.forEach((row, i) => {
    const index = matches[i];
    const before = index === undefined ? undefined : exported[index];
    const reader = new RowReader(grid, row, columns, content);
    if (before) {
      const at = items.findIndex((it) => it.id === before.item.id);
      const current = items[at];
      if (current?.type !== 'opportunity') return;
      claimed.add(current.id);
      items[at] = reader.apply(current, (column) => reader.edited(column, before.row));
      return;
    }
    const placed = reader.apply(blankOpportunity(content), () => true);
    const at = items.findIndex(
      (it) =>
        it.type === 'opportunity' &&
        !claimed.has(it.id) &&
        it.stageId === placed.stageId &&
        it.laneId === placed.laneId &&
        it.text === placed.text,
    );
    const current = items[at];
    if (current?.type === 'opportunity') {
      claimed.add(current.id);
      items[at] = reader.apply(current, () => true);
    } else {
      claimed.add(placed.id);
      items.push(placed);
    }
  });
  return items;
}

function blankOpportunity(content: MapContent): Opportunity {
  const lane = content.lanes.find((l) => l.kind === 'opportunities') ?? content.lanes[0];
  return opportunitySchema.parse({
    type: 'opportunity',
    id: newItemId(),
    stageId: content.stages[0]?.id ?? '-',
    laneId: lane?.id ?? '-',
    text: '',
    impact: 3,
    feasibility: 3,
  });
}

class RowReader {
  constructor(
    private readonly grid: SheetGrid,
    private readonly row: number,
    private readonly columns: ReadonlyMap<Column, number>,
    private readonly content: MapContent,
  ) {}

  /** Whether the cell under `column` differs from what was exported in `exportedRow`. */
  edited(column: Column, exportedRow: readonly CellValue[]): boolean {
    const index = this.columns.get(column);
    if (index === undefined) return false;
    const was = exportedRow[OPPORTUNITY_COLUMNS.indexOf(column)];
    return this.grid.text(this.row, index) !== xmlSafe(was === undefined ? '' : String(was));
  }

  /** Returns `item` with every column for which `use` says yes read from the row. */
  apply(item: Opportunity, use: (column: Column) => boolean): Opportunity {
    const next: Opportunity = { ...item };
    for (const column of EDITABLE) {
      const index = this.columns.get(column);
      if (index === undefined || !use(column)) continue;
      const text = this.grid.text(this.row, index);
      const trimmed = text.trim();
      switch (column) {
        case 'Stage': {
          const stage = this.content.stages.find((s) => s.name === trimmed);
          if (!stage)
            throw this.fail(column, `a stage of the "Map" sheet (${names(this.content.stages)})`, text);
          next.stageId = stage.id;
          break;
        }
        case 'Lane': {
          if (trimmed === '') break;
          const lane = this.content.lanes.find((l) => l.name === trimmed);
          if (!lane)
            throw this.fail(column, `a lane of the "Map" sheet (${names(this.content.lanes)})`, text);
          next.laneId = lane.id;
          break;
        }
        case 'Opportunity':
          next.text = text;
          break;
        case 'Impact':
        case 'Feasibility': {
          if (!/^[1-5]$/.test(trimmed)) throw this.fail(column, 'a whole number 1-5', text);
          if (column === 'Impact') next.impact = Number(trimmed);
          else next.feasibility = Number(trimmed);
          break;
        }
        case 'Status': {
          const wanted = trimmed.toLowerCase().replace(/[\s-]+/g, '_');
          const status = STATUS.find((s) => s === wanted);
          if (trimmed === '') next.status = 'idea';
          else if (!status) throw this.fail(column, `one of ${STATUS.join(', ')}`, text);
          else next.status = status;
          break;
        }
        case 'Owner':
          if (trimmed === '') delete next.owner;
          else next.owner = trimmed;
          break;
        case 'Due date':
          if (trimmed === '') delete next.dueDate;
          else if (!isoDate.safeParse(trimmed).success)
            throw this.fail(column, 'a date like 2026-03-31', text);
          else next.dueDate = trimmed;
          break;
        default:
          break;
      }
    }
    return next;
  }

  private fail(column: Column, expected: string, got: string): Error {
    return this.grid.error(this.row, column, expected, got);
  }
}

function names(list: ReadonlyArray<{ name: string }>): string {
  const shown = list.slice(0, 8).map((x) => x.name);
  return list.length > 8 ? `${shown.join(', ')}, ...` : shown.join(', ') || 'none';
}
