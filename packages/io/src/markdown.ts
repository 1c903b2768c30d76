import {
  directionLabel,
  documentLabel,
  itemTypeLabel,
  journeyKindLabel,
  LANE_KIND_LABELS,
  laneKindLabel,
  mapTypeLabel,
  opportunityStatusLabel,
  rankOpportunities,
  type DocumentLabel,
  type Item,
  type JourneyDocument,
  type Lane,
  type Locale,
  type Persona,
} from '@waymark/domain';
import { itemToLine } from './xlsx/item-lines';
import { cellItems } from './xlsx/layout';

/**
 * The map as Markdown for sharing, in the map's own language: title and fields, personas, a stages x
 * lanes table and the opportunities by priority (highest first). Field names, lane kinds, map types
 * and statuses are the domain's labels in `journey.locale`; no enum value is printed raw. All user text
 * is escaped: Markdown punctuation gets a backslash (so `|` cannot split a table cell), and newlines
 * inside table cells become `<br>`.
 */
export function journeyToMarkdown(doc: JourneyDocument): string {
  const { journey, personas } = doc;
  const locale = journey.locale;
  const label = (key: DocumentLabel): string => documentLabel(key, locale);
  const out: string[] = [`# ${inline(journey.title)}`, ''];
  if (journey.description.trim()) out.push(block(journey.description), '');
  out.push(`- ${label('mapType')}: ${inline(mapTypeLabel(journey.mapType, locale))}`);
  out.push(`- ${label('journeyKind')}: ${inline(journeyKindLabel(journey.journeyKind, locale))}`);
  if (journey.goalAction) out.push(`- ${label('goalAction')}: ${inline(journey.goalAction)}`);
  out.push(`- ${label('language')}: ${locale} (${directionLabel(journey.direction, locale)})`, '');

  if (personas.length) {
    out.push(`## ${label('personas')}`, '');
    for (const persona of personas) out.push(...personaSection(persona, locale), '');
  }

  out.push(`## ${label('map')}`, '');
  if (journey.stages.length === 0 || journey.lanes.length === 0) {
    out.push(`_${label('emptyMap')}_`, '');
  } else {
    out.push(row([label('lane'), ...journey.stages.map((s) => s.name)]));
    out.push(`| ${['---', ...journey.stages.map(() => '---')].join(' | ')} |`);
    for (const lane of journey.lanes) {
      const cells = journey.stages.map((stage) =>
        cellItems(journey.items, stage, lane)
          .map((item) => itemLine(item, personas, locale))
          .join('\n'),
      );
      out.push(row([laneHeading(lane, locale), ...cells]));
    }
    out.push('');
  }

  const opportunities = rankOpportunities(journey);
  if (opportunities.length) {
    out.push(`## ${label('opportunitiesByPriority')}`, '');
    out.push(
      row([
        label('priority'),
        itemTypeLabel('opportunity', locale),
        label('stage'),
        label('impact'),
        label('feasibility'),
        label('status'),
        label('owner'),
        label('dueDate'),
      ]),
    );
    out.push(`| ${Array.from({ length: 8 }, () => '---').join(' | ')} |`);
    for (const { opportunity: item, score: priority } of opportunities) {
      const stage = journey.stages.find((s) => s.id === item.stageId)?.name ?? item.stageId;
      out.push(
        row([
          String(priority),
          item.text,
          stage,
          String(item.impact),
          String(item.feasibility),
          opportunityStatusLabel(item.status, locale),
          item.owner ?? '',
          item.dueDate ?? '',
        ]),
      );
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * A lane's row heading: its name, followed by its kind in parentheses unless that says nothing more
 * (the name is already the kind's name in some language, as a template's lanes are, or the kind is
 * `custom`).
 */
function laneHeading(lane: Lane, locale: Locale): string {
  const name = lane.name.trim().toLocaleLowerCase();
  const namesKind = Object.values(LANE_KIND_LABELS[lane.kind]).some(
    (kindName) => kindName.toLocaleLowerCase() === name,
  );
  return namesKind || lane.kind === 'custom'
    ? lane.name
    : `${lane.name} (${laneKindLabel(lane.kind, locale)})`;
}

/**
 * One item as it reads in a Map cell: its text, with a pain point's severity and frequency and an
 * opportunity's impact and feasibility named in the map's language.
 */
function itemLine(item: Item, personas: readonly Persona[], locale: Locale): string {
  const score = (key: DocumentLabel, value: number): string => `${documentLabel(key, locale)} ${value}/5`;
  switch (item.type) {
    case 'pain_point': {
      const frequency = item.frequency === undefined ? '' : `, ${score('frequency', item.frequency)}`;
      return `${item.text} (${score('severity', item.severity)}${frequency})`;
    }
    case 'opportunity':
      return `${item.text} (${score('impact', item.impact)}, ${score('feasibility', item.feasibility)})`;
    default:
      // No words to name: an emotion point reads `Persona: +3 — text` as in the workbook, a card its text.
      return itemToLine(item, personas);
  }
}

function personaSection(persona: Persona, locale: Locale): string[] {
  const lines = [`### ${inline(persona.name)}${persona.role ? ` (${inline(persona.role)})` : ''}`, ''];
  if (persona.quote)
    lines.push(
      ...block(persona.quote)
        .split('\n')
        .map((l) => `> ${l}`),
      '',
    );
  if (persona.description) lines.push(block(persona.description), '');
  const lists: Array<[DocumentLabel, readonly string[]]> = [
    ['demographics', persona.demographics.map((d) => `${d.label}: ${d.value}`)],
    ['goals', persona.goals],
    ['needs', persona.needs],
    ['motivations', persona.motivations],
    ['frustrations', persona.frustrations],
    ['preferredChannels', persona.preferredChannels],
  ];
  for (const [title, entries] of lists) {
    if (entries.length)
      lines.push(`- **${documentLabel(title, locale)}:** ${entries.map(inline).join('; ')}`);
  }
  return lines;
}

/**
 * Escapes Markdown and HTML punctuation so text shows as typed. Parentheses stay as they are (no link
 * can form once brackets are escaped), so "(severity 4/5)" reads cleanly in the raw file too.
 */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#+!|~&]/g, (ch) => (ch === '&' ? '&amp;' : `\\${ch}`));
}

/** One line of text: escaped, line breaks folded into spaces. */
function inline(text: string): string {
  return escape(text.replace(/\s*\r?\n\s*/g, ' '));
}

/** A paragraph: escaped, with hard line breaks kept. */
function block(text: string): string {
  return escape(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) => line.trimEnd())
    .join('  \n');
}

/** A table row; newlines inside a cell become `<br>`. */
function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => escape(cell.replace(/\r\n?/g, '\n')).replace(/\n/g, '<br>')).join(' | ')} |`;
}
