import {
  opportunityPriority,
  laneKindLabel,
  type Item,
  type Journey,
  type JourneyDocument,
  type Lane,
  type LaneKind,
  type Opportunity,
  type Persona,
  type Stage,
} from '@waymark/domain';
import { itemsToCell, joinList } from './item-lines';

/**
 * The workbook layout as plain values: what each visible sheet holds for a document. The writer puts
 * these values into cells; the reader renders the embedded copy of the document the same way and
 * compares, so a visible cell that still holds what was exported changes nothing on import.
 */

/** Sheet names, in workbook order. `_waymark` holds the machine copy of the document. */
export const SHEET = {
  journey: 'Journey',
  map: 'Map',
  personas: 'Personas',
  opportunities: 'Opportunities',
  machine: '_waymark',
} as const;

/** A visible cell value: text, or a number where a person expects to type one. */
export type CellValue = string | number;

/** Rows of the "Journey" sheet: a label in column A, the value in column B. */
export const JOURNEY_FIELDS = [
  { label: 'Id', key: 'id' },
  { label: 'Title', key: 'title' },
  { label: 'Description', key: 'description' },
  { label: 'Map type', key: 'mapType' },
  { label: 'Journey kind', key: 'journeyKind' },
  { label: 'Goal action', key: 'goalAction' },
  { label: 'Locale', key: 'locale' },
  { label: 'Direction', key: 'direction' },
  { label: 'Current state map', key: 'currentStateId' },
] as const satisfies ReadonlyArray<{ label: string; key: keyof Journey }>;

/** One "Journey" sheet field. */
export type JourneyField = (typeof JOURNEY_FIELDS)[number];

/** The value column of the "Journey" sheet for one field. */
export function journeyFieldValue(journey: Journey, field: JourneyField): string {
  return journey[field.key] ?? '';
}

/** Header of the "Map" sheet: two label columns, then one column per stage. */
export const MAP_LABEL_COLUMNS = ['Lane', 'Kind'] as const;

/**
 * What the "Kind" column shows for a lane kind: its English label ("Pain points", "Owners").
 * Reading accepts the kind itself and its label in any locale.
 */
export function kindLabel(kind: LaneKind): string {
  return laneKindLabel(kind, 'en');
}

/** Items of one stage x lane cell, in document order. */
export function cellItems(items: readonly Item[], stage: Stage, lane: Lane): Item[] {
  return items.filter((item) => item.stageId === stage.id && item.laneId === lane.id);
}

/** The "Map" sheet as rows of values, header first. */
export function mapRows(doc: JourneyDocument): CellValue[][] {
  const { journey, personas } = doc;
  const header: CellValue[] = [...MAP_LABEL_COLUMNS, ...journey.stages.map((s) => s.name)];
  const rows = journey.lanes.map((lane): CellValue[] => [
    lane.name,
    kindLabel(lane.kind),
    ...journey.stages.map((stage) => itemsToCell(cellItems(journey.items, stage, lane), personas)),
  ]);
  return [header, ...rows];
}

/** Columns of the "Personas" sheet. List fields hold one entry per line. */
export const PERSONA_COLUMNS = [
  'Name',
  'Role',
  'Quote',
  'Description',
  'Demographics',
  'Goals',
  'Needs',
  'Motivations',
  'Frustrations',
  'Preferred channels',
] as const;

/** One "Personas" row, in `PERSONA_COLUMNS` order. */
export function personaRow(persona: Persona): CellValue[] {
  return [
    persona.name,
    persona.role ?? '',
    persona.quote ?? '',
    persona.description ?? '',
    joinList(persona.demographics.map((d) => `${d.label}: ${d.value}`)),
    joinList(persona.goals),
    joinList(persona.needs),
    joinList(persona.motivations),
    joinList(persona.frustrations),
    joinList(persona.preferredChannels),
  ];
}

/** Columns of the "Opportunities" sheet. "Priority" is derived and ignored on import. */
export const OPPORTUNITY_COLUMNS = [
  'Stage',
  'Lane',
  'Opportunity',
  'Impact',
  'Feasibility',
  'Priority',
  'Status',
  'Owner',
  'Due date',
] as const;

/** The opportunities of a journey in document order, each with its "Opportunities" row. */
export function opportunityRows(journey: Journey): Array<{ item: Opportunity; row: CellValue[] }> {
  const rows: Array<{ item: Opportunity; row: CellValue[] }> = [];
  for (const item of journey.items) {
    if (item.type !== 'opportunity') continue;
    rows.push({
      item,
      row: [
        journey.stages.find((s) => s.id === item.stageId)?.name ?? item.stageId,
        journey.lanes.find((l) => l.id === item.laneId)?.name ?? item.laneId,
        item.text,
        item.impact,
        item.feasibility,
        opportunityPriority(item).score,
        item.status,
        item.owner ?? '',
        item.dueDate ?? '',
      ],
    });
  }
  return rows;
}
