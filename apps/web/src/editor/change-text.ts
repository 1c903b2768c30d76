import {
  itemTypeLabel,
  journeyKindLabel,
  laneKindLabel,
  mapTypeLabel,
  opportunityStatusLabel,
  type Change,
  type ItemType,
  type Journey,
  type JourneyKind,
  type LaneKind,
  type Locale,
  type MapType,
  type Opportunity,
} from '@waymark/domain';
import { formatNumber, type TranslationKey, type TranslationVars } from '../i18n/catalogue';

/**
 * How the conflict chooser and the revision diff name a field and show its value in the UI
 * language: fields and elements by their catalogue names (`change.*`), enum values by the domain's
 * labels, stage and lane ids by the names they have in the given journeys, lists by their items.
 */

type Translate = (key: TranslationKey, vars?: TranslationVars) => string;

/** What the texts are built with. */
export interface ChangeTextContext {
  t: Translate;
  locale: Locale;
  /** Journeys to look stage, lane and persona-free names up in (both sides of a diff or merge). */
  journeys: readonly Journey[];
}

/** Fields with a name in the catalogue (`change.field.<name>`); others show as written. */
const NAMED_FIELDS = [
  'title',
  'description',
  'mapType',
  'journeyKind',
  'goalAction',
  'locale',
  'direction',
  'currentStateId',
  'name',
  'kind',
  'icon',
  'color',
  'goal',
  'matchers',
  'text',
  'tags',
  'image',
  'evidence',
  'type',
  'stageId',
  'laneId',
  'channel',
  'department',
  'severity',
  'frequency',
  'impact',
  'feasibility',
  'status',
  'owner',
  'dueDate',
  'painPointIds',
  'personaId',
  'score',
  'afterLaneId',
] as const;
type NamedField = (typeof NAMED_FIELDS)[number];
const isNamed = (field: string): field is NamedField => (NAMED_FIELDS as readonly string[]).includes(field);

/** The UI name of an element kind: "Card", "Stage", "Lane"... */
export function entityLabel(ctx: ChangeTextContext, entity: Change['entity']): string {
  return ctx.t(`change.entity.${entity}`);
}

/** The UI name of a field, e.g. `text` → "Text"; an unknown field as written. */
export function fieldLabel(ctx: ChangeTextContext, field: string | undefined): string {
  if (field === undefined) return '';
  return isNamed(field) ? ctx.t(`change.field.${field}`) : field;
}

function elementName(ctx: ChangeTextContext, field: string, id: string): string {
  for (const journey of ctx.journeys) {
    if (field === 'stageId') {
      const stage = journey.stages.find((s) => s.id === id);
      if (stage) return stage.name;
    }
    if (field === 'laneId' || field === 'afterLaneId') {
      const lane = journey.lanes.find((l) => l.id === id);
      if (lane) return lane.name;
    }
    if (field === 'painPointIds') {
      const item = journey.items.find((it) => it.id === id);
      if (item) return item.text;
    }
  }
  return id;
}

function enumLabel(ctx: ChangeTextContext, field: string, value: string): string {
  switch (field) {
    case 'mapType':
      return mapTypeLabel(value as MapType, ctx.locale);
    case 'journeyKind':
      return journeyKindLabel(value as JourneyKind, ctx.locale);
    case 'kind':
      return laneKindLabel(value as LaneKind, ctx.locale);
    case 'type':
      return itemTypeLabel(value as ItemType, ctx.locale);
    case 'status':
      return opportunityStatusLabel(value as Opportunity['status'], ctx.locale);
    default:
      return elementName(ctx, field, value);
  }
}

/** A readable name of a whole element (a removed or added stage, lane or card). */
function elementSummary(value: object): string | undefined {
  const record = value as Record<string, unknown>;
  for (const key of ['name', 'text', 'title']) {
    const text = record[key];
    if (typeof text === 'string' && text.trim() !== '') return text;
  }
  return undefined;
}

/** A field's value as UI text: "(none)", a number in the UI's digits, a label, a list. */
export function valueText(ctx: ChangeTextContext, field: string | undefined, value: unknown): string {
  const name = field ?? '';
  if (value === undefined || value === null || value === '') return ctx.t('change.none');
  if (typeof value === 'number') return formatNumber(ctx.locale, value);
  if (typeof value === 'boolean') return ctx.t(value ? 'change.yes' : 'change.no');
  if (typeof value === 'string') {
    if (name === 'image') return ctx.t('change.image');
    return enumLabel(ctx, name, value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return ctx.t('change.none');
    if (value.every((v) => typeof v === 'string')) {
      return value.map((v: string) => enumLabel(ctx, name, v)).join(', ');
    }
    return ctx.t('change.entries', { count: value.length });
  }
  if (typeof value === 'object') return elementSummary(value) ?? ctx.t('change.element');
  return String(value);
}
