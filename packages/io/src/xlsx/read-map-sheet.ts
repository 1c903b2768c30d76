import {
  EMOTION_MAX,
  EMOTION_MIN,
  itemSchema,
  laneKindSchema,
  stageSchema,
  type Item,
  type JourneyDocument,
  type Lane,
  type Persona,
  type Stage,
} from '@waymark/domain';
import { xmlSafe } from './cell-text';
import { newItemId, newLaneId, newStageId } from './ids';
import {
  itemToLine,
  itemsToCell,
  needsParagraphs,
  parseItemLine,
  splitCell,
  type ItemLine,
} from './item-lines';
import { inferLaneKind, parseLaneKind } from './lane-kind';
import { cellItems, kindLabel } from './layout';
import { matchRows } from './match-rows';
import { columnLetter, normalizeHeader, type SheetGrid } from './sheet-grid';

/** Stages, lanes and items as read from the "Map" sheet. */
export interface MapContent {
  stages: Stage[];
  lanes: Lane[];
  items: Item[];
}

/** Where a cell's items came from: kept as exported, or read from what a person typed. */
interface CellResult {
  items: Item[];
  changed: boolean;
}

/**
 * Reads the "Map" sheet: header row `Lane | Kind | stage names...`, then one row per lane (the "Kind"
 * column is optional; without it kinds are inferred from lane names). Stages and lanes pair with the
 * baseline's by position when the counts match, else by name, so ids survive renames. A cell still
 * equal to its export keeps its items exactly; an edited cell is read line by line and its lines paired
 * with the exported items (equal lines first, then in order), so one edited line changes one item.
 */
export function readMapSheet(
  grid: SheetGrid,
  baseline: JourneyDocument | undefined,
  personas: readonly Persona[],
): MapContent {
  const header = grid.rows[0] ?? [];
  const kindColumn = normalizeHeader(grid.text(1, 2)) === 'kind' ? 2 : undefined;
  const first = (kindColumn ?? 1) + 1;
  let last = header.length;
  while (last >= first && (header[last - 1] ?? '').trim() === '') last--;

  const stageColumns: number[] = [];
  for (let c = first; c <= last; c++) {
    if (grid.text(1, c).trim() === '') {
      throw grid.error(1, columnLetter(c), 'a stage name in the header row');
    }
    stageColumns.push(c);
  }
  const oldStages = baseline?.journey.stages ?? [];
  const stageMatches = matchRows(
    stageColumns.map((c) => grid.text(1, c)),
    oldStages.map((s) => xmlSafe(s.name)),
  );
  const stagePairs = stageColumns.map((column, i) => {
    const before = pick(oldStages, stageMatches[i]);
    const raw = grid.text(1, column);
    const stage: Stage = before
      ? raw === xmlSafe(before.name)
        ? before
        : { ...before, name: raw.trim() }
      : stageSchema.parse({ id: newStageId(), name: raw.trim() });
    return { column, stage, before };
  });

  const oldLanes = baseline?.journey.lanes ?? [];
  const laneRows = grid.dataRows();
  const laneMatches = matchRows(
    laneRows.map((r) => grid.text(r, 1)),
    oldLanes.map((l) => xmlSafe(l.name)),
  );
  const lanePairs = laneRows.map((row, i) => {
    const raw = grid.text(row, 1);
    if (raw.trim() === '') throw grid.error(row, 'Lane', 'a lane name');
    const before = pick(oldLanes, laneMatches[i]);
    const name = before && raw === xmlSafe(before.name) ? before.name : raw.trim();
    const kindText = kindColumn === undefined ? '' : grid.text(row, kindColumn).trim();
    let kind =
      before && (kindColumn === undefined || kindText === kindLabel(before.kind)) ? before.kind : undefined;
    if (kind === undefined && kindText !== '') {
      kind = parseLaneKind(kindText);
      if (!kind) throw grid.error(row, 'Kind', `one of ${laneKindSchema.options.join(', ')}`, kindText);
    }
    const lane: Lane = before
      ? { ...before, name, kind: kind ?? before.kind }
      : { id: newLaneId(), kind: kind ?? inferLaneKind(name), name };
    return { row, lane: before && name === before.name && lane.kind === before.kind ? before : lane, before };
  });

  const cells = new Map<string, CellResult>();
  for (const { row, lane, before: oldLane } of lanePairs) {
    for (const { column, stage, before: oldStage } of stagePairs) {
      const visible = grid.text(row, column);
      const exported =
        oldLane && oldStage && baseline ? cellItems(baseline.journey.items, oldStage, oldLane) : [];
      if (baseline && oldLane && oldStage && visible === xmlSafe(itemsToCell(exported, baseline.personas))) {
        cells.set(cellKey(stage.id, lane.id), { items: exported, changed: false });
        continue;
      }
      const reader = new CellReader(grid, row, column, stage, lane, personas, baseline?.personas ?? []);
      cells.set(cellKey(stage.id, lane.id), { items: reader.read(visible, exported), changed: true });
    }
  }

  return {
    stages: stagePairs.map((p) => p.stage),
    lanes: lanePairs.map((p) => p.lane),
    items: orderItems(baseline?.journey.items ?? [], cells),
  };
}

function pick<T>(list: readonly T[], index: number | undefined): T | undefined {
  return index === undefined ? undefined : list[index];
}

function cellKey(stageId: string, laneId: string): string {
  return `${stageId}\u0000${laneId}`;
}

/**
 * Orders the items like the baseline wherever cells are unchanged: each changed cell's new list takes
 * the place of that cell's first exported item, cells without exported items go last.
 */
function orderItems(exported: readonly Item[], cells: ReadonlyMap<string, CellResult>): Item[] {
  const out: Item[] = [];
  const placed = new Set<string>();
  for (const item of exported) {
    const key = cellKey(item.stageId, item.laneId);
    const cell = cells.get(key);
    if (!cell || placed.has(key)) continue;
    if (!cell.changed) {
      out.push(item);
      continue;
    }
    out.push(...cell.items);
    placed.add(key);
  }
  for (const [key, cell] of cells) {
    if (cell.changed && !placed.has(key)) out.push(...cell.items);
  }
  return out;
}

/** Reads one edited cell into items, keeping the ids of exported items it can pair lines with. */
class CellReader {
  constructor(
    private readonly grid: SheetGrid,
    private readonly row: number,
    private readonly column: number,
    private readonly stage: Stage,
    private readonly lane: Lane,
    private readonly personas: readonly Persona[],
    private readonly exportedPersonas: readonly Persona[],
  ) {}

  read(visible: string, exported: readonly Item[]): Item[] {
    // Blank lines separate items when the cell has any; a cell that held one multi-line item keeps
    // reading as one item; otherwise each line is an item.
    const paragraphs = /\n[ \t]*\n/.test(visible) || (exported.length <= 1 && needsParagraphs(exported));
    const rendered = exported.map((item) => xmlSafe(itemToLine(item, this.exportedPersonas)));
    const { head, tail, middle } = untouchedEnds(visible, rendered, paragraphs ? '\n\n' : '\n');
    const keep = (item: Item): Item => ({ ...item, stageId: this.stage.id, laneId: this.lane.id });
    const candidates = exported.slice(head, exported.length - tail);
    const candidateLines = rendered.slice(head, rendered.length - tail);

    const lines = splitCell(middle, paragraphs);
    const paired: Array<Item | undefined> = lines.map(() => undefined);
    const used = new Set<number>();
    lines.forEach((line, i) => {
      const index = candidateLines.findIndex((r, k) => !used.has(k) && r === line);
      if (index >= 0) {
        used.add(index);
        paired[i] = candidates[index];
      }
    });
    const rest = candidates.filter((_, k) => !used.has(k));
    const middleItems = lines.map((line, i) => {
      const kept = paired[i];
      if (kept) return keep(kept);
      const parsed = parseItemLine(line, this.lane.kind);
      const before = rest.shift();
      return before ? this.update(before, parsed, line) : this.create(parsed, line);
    });
    return [
      ...exported.slice(0, head).map(keep),
      ...middleItems,
      ...exported.slice(exported.length - tail).map(keep),
    ];
  }

  private update(item: Item, line: ItemLine, raw: string): Item {
    const base = { stageId: this.stage.id, laneId: this.lane.id };
    switch (item.type) {
      case 'pain_point': {
        const next = { ...item, ...base, text: line.text };
        if (line.severity !== undefined) {
          next.severity = line.severity;
          if (line.frequency === undefined) delete next.frequency;
          else next.frequency = line.frequency;
        }
        return next;
      }
      case 'opportunity':
        return {
          ...item,
          ...base,
          text: line.text,
          impact: line.impact ?? item.impact,
          feasibility: line.feasibility ?? item.feasibility,
        };
      case 'emotion_point': {
        const emotion = this.emotion(line, raw);
        return { ...item, ...base, text: emotion.text, personaId: emotion.personaId, score: emotion.score };
      }
      default:
        return { ...item, ...base, text: raw };
    }
  }

  private create(line: ItemLine, raw: string): Item {
    const base = { id: newItemId(), stageId: this.stage.id, laneId: this.lane.id };
    switch (this.lane.kind) {
      case 'touchpoints':
        return itemSchema.parse({ type: 'touchpoint', ...base, text: raw });
      case 'pain_points':
        return itemSchema.parse({
          type: 'pain_point',
          ...base,
          text: line.text,
          severity: line.severity ?? 3,
          frequency: line.frequency,
        });
      case 'opportunities':
        return itemSchema.parse({
          type: 'opportunity',
          ...base,
          text: line.text,
          impact: line.impact ?? 3,
          feasibility: line.feasibility ?? 3,
        });
      case 'emotions':
        return itemSchema.parse({ type: 'emotion_point', ...base, ...this.emotion(line, raw) });
      default:
        return itemSchema.parse({ type: 'card', ...base, text: raw });
    }
  }

  private emotion(line: ItemLine, raw: string): { text: string; personaId: string; score: number } {
    const where = this.grid.text(1, this.column);
    if (line.personaName === undefined || line.score === undefined) {
      throw this.grid.error(this.row, where, '"Persona name: score" on each line of an emotions lane', raw);
    }
    if (!Number.isFinite(line.score) || line.score < EMOTION_MIN || line.score > EMOTION_MAX) {
      throw this.grid.error(this.row, where, `a score from ${EMOTION_MIN} to ${EMOTION_MAX}`, raw);
    }
    const name = line.personaName;
    const renamed = this.exportedPersonas.find((p) => p.name === name);
    const persona =
      this.personas.find((p) => p.name === name) ??
      this.personas.find((p) => p.id === name || p.id === renamed?.id);
    if (!persona) {
      const names = this.personas.map((p) => p.name).join(', ') || 'none on the "Personas" sheet';
      throw this.grid.error(this.row, where, `a persona name (${names})`, name);
    }
    return { text: line.text, personaId: persona.id, score: line.score };
  }
}

/**
 * How many exported lines a cell still starts with (`head`) and ends with (`tail`), unchanged and in
 * place, and the text between them. Those items keep their identity even when their text would not
 * split cleanly (blank lines inside, empty text); only the middle is split and paired.
 */
function untouchedEnds(
  visible: string,
  rendered: readonly string[],
  separator: string,
): { head: number; tail: number; middle: string } {
  let start = 0;
  let head = 0;
  while (head < rendered.length) {
    const line = rendered[head] ?? '';
    if (!visible.startsWith(line + separator, start)) break;
    start += line.length + separator.length;
    head++;
  }
  let end = visible.length;
  let tail = 0;
  while (head + tail < rendered.length) {
    const line = rendered[rendered.length - 1 - tail] ?? '';
    const from = end - line.length;
    if (from < start || visible.slice(from, end) !== line) break;
    if (from === start) {
      end = from;
      tail++;
      break;
    }
    if (from - separator.length < start || visible.slice(from - separator.length, from) !== separator) break;
    end = from - separator.length;
    tail++;
  }
  return { head, tail, middle: visible.slice(start, end) };
}
