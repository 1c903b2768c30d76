import {
  directionSchema,
  idSchema,
  journeyKindSchema,
  localeDirection,
  localeSchema,
  mapTypeSchema,
  type Journey,
} from '@waymark/domain';
import { xmlSafe } from './cell-text';
import { JOURNEY_FIELDS, journeyFieldValue, type JourneyField } from './layout';
import { newJourneyId } from './ids';
import { normalizeHeader, type SheetGrid } from './sheet-grid';

/** The map's own fields, as read from the "Journey" sheet. */
export type JourneyFields = Pick<
  Journey,
  | 'id'
  | 'title'
  | 'description'
  | 'mapType'
  | 'journeyKind'
  | 'goalAction'
  | 'locale'
  | 'direction'
  | 'currentStateId'
>;

/** The trimmed "Id" value of the "Journey" sheet, or `undefined` when there is none. */
export function readJourneyId(grid: SheetGrid): string | undefined {
  for (let row = 1; row <= grid.rows.length; row++) {
    const label = normalizeHeader(grid.text(row, 1));
    if (label === normalizeHeader('Id')) return grid.text(row, 2).trim() || undefined;
  }
  return undefined;
}

/**
 * Reads the "Journey" sheet (a field label in column A, its value in column B). A value still equal to
 * what was exported from `baseline` keeps the baseline's value; anything else is read and checked.
 * Without a baseline, missing fields take defaults: a new id, current_state, custom, en, and the
 * locale's direction.
 */
export function readJourneySheet(grid: SheetGrid, baseline: Journey | undefined): JourneyFields {
  const found = new Map<JourneyField['key'], { row: number; text: string }>();
  for (let row = 1; row <= grid.rows.length; row++) {
    const label = normalizeHeader(grid.text(row, 1));
    const field = JOURNEY_FIELDS.find(
      (f) => normalizeHeader(f.label) === label || f.key.toLowerCase() === label,
    );
    if (field) found.set(field.key, { row, text: grid.text(row, 2) });
  }

  const read = (field: JourneyField): { row: number; text: string } | undefined => {
    const cell = found.get(field.key);
    if (!cell) return undefined;
    if (baseline && cell.text === xmlSafe(journeyFieldValue(baseline, field))) return undefined;
    return cell;
  };
  const fieldOf = (key: JourneyField['key']): JourneyField => {
    const field = JOURNEY_FIELDS.find((f) => f.key === key);
    if (!field) throw new Error(`unknown journey field ${key}`);
    return field;
  };
  const enumValue = <T extends string>(
    key: JourneyField['key'],
    options: readonly T[],
    kept: T | undefined,
    fallback: T,
  ): T => {
    const cell = read(fieldOf(key));
    if (!cell) return kept ?? fallback;
    if (cell.text.trim() === '') return fallback;
    const wanted = cell.text
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    const match = options.find(
      (o) => o.toLowerCase() === wanted || o.toLowerCase() === cell.text.trim().toLowerCase(),
    );
    if (!match)
      throw grid.error(
        cell.row,
        'Value',
        `${fieldOf(key).label} to be one of ${options.join(', ')}`,
        cell.text,
      );
    return match;
  };
  const optionalText = (key: 'goalAction' | 'currentStateId'): string | undefined => {
    const cell = read(fieldOf(key));
    if (!cell) return baseline?.[key];
    return cell.text.trim() === '' ? undefined : cell.text.trim();
  };

  const idCell = read(fieldOf('id'));
  let id = baseline?.id ?? newJourneyId();
  if (idCell && idCell.text.trim() !== '') {
    if (!idSchema.safeParse(idCell.text.trim()).success) {
      throw grid.error(idCell.row, 'Value', 'an id of letters, digits, "_" or "-"', idCell.text);
    }
    id = idCell.text.trim();
  }

  const titleCell = read(fieldOf('title'));
  const title = titleCell ? titleCell.text.trim() : baseline?.title;
  if (!title) {
    throw grid.error(
      titleCell?.row ?? found.get('title')?.row ?? grid.rows.length + 1,
      'Value',
      'a title for the map',
    );
  }
  const descriptionCell = read(fieldOf('description'));
  const description = descriptionCell ? descriptionCell.text : (baseline?.description ?? '');

  const locale = enumValue('locale', localeSchema.options, baseline?.locale, 'en');
  const direction = enumValue(
    'direction',
    directionSchema.options,
    baseline?.direction,
    localeDirection(locale),
  );
  const fields: JourneyFields = {
    id,
    title,
    description,
    mapType: enumValue('mapType', mapTypeSchema.options, baseline?.mapType, 'current_state'),
    journeyKind: enumValue('journeyKind', journeyKindSchema.options, baseline?.journeyKind, 'custom'),
    locale,
    direction,
  };
  const goalAction = optionalText('goalAction');
  if (goalAction !== undefined) fields.goalAction = goalAction;
  const currentStateId = optionalText('currentStateId');
  if (currentStateId !== undefined) fields.currentStateId = currentStateId;
  return fields;
}
