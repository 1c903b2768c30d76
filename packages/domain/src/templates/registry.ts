import type { Journey, Locale } from '../schema';
import { localeSchema } from '../schema';
import { ID_PREFIX, newId } from '../id';
import { laneKindLabel } from '../labels/model-labels';
import { localeDirection } from '../labels/localized';
import { DomainError, ValidationError } from '../validation/errors';
import { fromZodError } from '../validation/zod-issues';
import { parseJourney } from '../validation/validate';
import { currentStateTemplate } from './current-state';
import { dayInTheLifeTemplate } from './day-in-the-life';
import { engagementTemplate } from './engagement';
import { futureStateTemplate } from './future-state';
import { leadGenerationTemplate } from './lead-generation';
import { purchaseTemplate } from './purchase';
import { retentionTemplate } from './retention';
import { serviceBlueprintTemplate } from './service-blueprint';
import type { JourneyTemplate, TemplateId } from './template-types';
import { templateIdSchema } from './template-types';

/** Every built-in template, in the order a "new map" dialog shows them. */
export const TEMPLATES: readonly JourneyTemplate[] = [
  currentStateTemplate,
  futureStateTemplate,
  dayInTheLifeTemplate,
  serviceBlueprintTemplate,
  purchaseTemplate,
  leadGenerationTemplate,
  engagementTemplate,
  retentionTemplate,
];

/** A template as a picker shows it, with labels in one locale. */
export interface TemplateSummary {
  id: TemplateId;
  mapType: Journey['mapType'];
  journeyKind: Journey['journeyKind'];
  name: string;
  description: string;
  stageNames: string[];
  laneKinds: Journey['lanes'][number]['kind'][];
}

/** The built-in templates with names and descriptions in `locale`. */
export function listTemplates(locale: Locale): TemplateSummary[] {
  return TEMPLATES.map((t) => ({
    id: t.id,
    mapType: t.mapType,
    journeyKind: t.journeyKind,
    name: t.name[locale],
    description: t.description[locale],
    stageNames: t.stages.map((s) => s.name[locale]),
    laneKinds: t.lanes.map((l) => l.kind),
  }));
}

/** The template with this id, or a `DomainError` (code `unsupported`) listing the valid ids. */
export function getTemplate(templateId: string): JourneyTemplate {
  const found = TEMPLATES.find((t) => t.id === templateId);
  if (!found) {
    const ids = TEMPLATES.map((t) => t.id).join(', ');
    throw new DomainError(
      `unknown template ${JSON.stringify(templateId)}: expected one of ${ids}`,
      'unsupported',
    );
  }
  return found;
}

/** Options of `createFromTemplate`. */
export interface CreateFromTemplateOptions {
  title: string;
  locale: Locale;
  /** The new journey's id; a fresh `jrn_…` id when omitted. */
  id?: string;
  /** Personas the map is for; they must exist in the workspace (not checked here). */
  personaIds?: string[];
}

/**
 * A new, valid journey from a built-in template, with stage and lane names in `options.locale` and
 * direction `rtl` for Persian. Stage, lane and journey ids are fresh random ids. Throws a
 * `DomainError` for an unknown template id and a `ValidationError` for a bad title, id or locale.
 */
export function createFromTemplate(
  templateId: TemplateId | string,
  options: CreateFromTemplateOptions,
): Journey {
  const template = getTemplate(templateId);
  const localeCheck = localeSchema.safeParse(options.locale, { reportInput: true });
  if (!localeCheck.success)
    throw new ValidationError(fromZodError(localeCheck.error, '$.locale'), 'template options');
  const locale = localeCheck.data;
  const laneIds = new Map(template.lanes.map((l) => [l.key, newId(ID_PREFIX.lane)]));
  const journey: Journey = {
    id: options.id ?? newId(ID_PREFIX.journey),
    title: options.title,
    description: '',
    mapType: template.mapType,
    journeyKind: template.journeyKind,
    ...(template.goalAction === undefined ? {} : { goalAction: template.goalAction }),
    personaIds: [...(options.personaIds ?? [])],
    locale,
    direction: localeDirection(locale),
    stages: template.stages.map((s) => ({
      id: newId(ID_PREFIX.stage),
      name: s.name[locale],
      ...(s.color === undefined ? {} : { color: s.color }),
      ...(s.icon === undefined ? {} : { icon: s.icon }),
      matchers: [],
    })),
    lanes: template.lanes.map((l) => ({
      id: laneIds.get(l.key) ?? newId(ID_PREFIX.lane),
      kind: l.kind,
      name: l.name ? l.name[locale] : laneKindLabel(l.kind, locale),
    })),
    items: [],
    dividers: (template.dividers ?? []).map((d) => ({
      kind: d.kind,
      afterLaneId: laneIds.get(d.afterLane) ?? d.afterLane,
    })),
  };
  return parseJourney(journey);
}

/** True when `id` names a built-in template. */
export function isTemplateId(id: string): id is TemplateId {
  return templateIdSchema.safeParse(id).success;
}
