import { personaSchema, type Persona } from '@waymark/domain';
import { xmlSafe } from './cell-text';
import { splitCell } from './item-lines';
import { PERSONA_COLUMNS, personaRow } from './layout';
import { matchRows } from './match-rows';
import { newPersonaId } from './ids';
import type { SheetGrid } from './sheet-grid';

type PersonaColumn = (typeof PERSONA_COLUMNS)[number];

/**
 * Reads the "Personas" sheet: one row per persona, columns found by header name (any order, any
 * subset but "Name"). A cell still equal to what was exported from the baseline persona keeps the
 * baseline's value; other cells are read. Rows beyond the exported ones become new personas.
 */
export function readPersonasSheet(grid: SheetGrid, baseline: readonly Persona[]): Persona[] {
  const columns = new Map<PersonaColumn, number>();
  for (const name of PERSONA_COLUMNS) {
    const column = grid.column(name);
    if (column !== undefined) columns.set(name, column);
  }
  const nameColumn = columns.get('Name');
  const rows = grid.dataRows();
  if (rows.length && nameColumn === undefined) throw grid.error(1, undefined, 'a "Name" column header');

  const names = rows.map((row) => grid.text(row, nameColumn ?? 1).trim());
  const matches = matchRows(
    names,
    baseline.map((p) => xmlSafe(p.name)),
  );
  return rows.map((row, i) => {
    const index = matches[i];
    const before = index === undefined ? undefined : baseline[index];
    return readPersonaRow(grid, row, columns, before);
  });
}

function readPersonaRow(
  grid: SheetGrid,
  row: number,
  columns: ReadonlyMap<PersonaColumn, number>,
  before: Persona | undefined,
): Persona {
  const exported = before ? personaRow(before) : undefined;
  /** The cell text when a person changed it (or there is no baseline), else undefined. */
  const edited = (name: PersonaColumn): string | undefined => {
    const column = columns.get(name);
    if (column === undefined) return undefined;
    const text = grid.text(row, column);
    const was = exported?.[PERSONA_COLUMNS.indexOf(name)];
    return was !== undefined && text === xmlSafe(String(was)) ? undefined : text;
  };
  const paragraphs = (list: readonly string[] | undefined): boolean =>
    list?.some((e) => e.includes('\n')) ?? false;

  const persona: Persona = before ? { ...before } : personaSchema.parse({ id: newPersonaId(), name: 'x' });
  const name = edited('Name');
  if (name !== undefined) {
    if (name.trim() === '') throw grid.error(row, columns.get('Name'), 'a persona name');
    persona.name = name.trim();
  }
  const optional = (field: 'role' | 'quote' | 'description', column: PersonaColumn): void => {
    const text = edited(column);
    if (text === undefined) return;
    if (text.trim() === '') delete persona[field];
    else persona[field] = text;
  };
  optional('role', 'Role');
  optional('quote', 'Quote');
  optional('description', 'Description');

  const list = (
    field: 'goals' | 'needs' | 'motivations' | 'frustrations' | 'preferredChannels',
    column: PersonaColumn,
  ) => {
    const text = edited(column);
    if (text !== undefined) persona[field] = splitCell(text, paragraphs(before?.[field]));
  };
  list('goals', 'Goals');
  list('needs', 'Needs');
  list('motivations', 'Motivations');
  list('frustrations', 'Frustrations');
  list('preferredChannels', 'Preferred channels');

  const demographics = edited('Demographics');
  if (demographics !== undefined) {
    persona.demographics = splitCell(demographics).map((line) => {
      const colon = line.indexOf(':');
      const label = colon < 0 ? '' : line.slice(0, colon).trim();
      if (!label) throw grid.error(row, columns.get('Demographics'), '"label: value" on each line', line);
      return { label, value: line.slice(colon + 1).trim() };
    });
  }
  return persona;
}
