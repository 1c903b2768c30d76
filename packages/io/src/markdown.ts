import {
  journeyKindLabel,
  laneKindLabel,
  mapTypeLabel,
  rankOpportunities,
  type JourneyDocument,
  type Persona,
} from '@waymark/domain';
import { itemToLine } from './xlsx/item-lines';
import { cellItems } from './xlsx/layout';

/**
 * The map as Markdown for sharing: title and fields, personas, a stages x lanes table and the
 * opportunities by priority (highest first). All user text is escaped: Markdown punctuation gets a
 * backslash (so `|` cannot split a table cell), and newlines inside table cells become `<br>`.
 */
export function journeyToMarkdown(doc: JourneyDocument): string {
  const { journey, personas } = doc;
  const out: string[] = [`# ${inline(journey.title)}`, ''];
  if (journey.description.trim()) out.push(block(journey.description), '');
  out.push(`- Map type: ${inline(mapTypeLabel(journey.mapType, 'en'))}`);
  out.push(`- Journey kind: ${inline(journeyKindLabel(journey.journeyKind, 'en'))}`);
  if (journey.goalAction) out.push(`- Goal action: ${inline(journey.goalAction)}`);
  out.push(`- Locale: ${journey.locale} (${journey.direction})`, '');

  if (personas.length) {
    out.push('## Personas', '');
    for (const persona of personas) out.push(...personaSection(persona), '');
  }

  out.push('## Map', '');
  if (journey.stages.length === 0 || journey.lanes.length === 0) {
    out.push('_This map has no stages or lanes yet._', '');
  } else {
    out.push(row(['Lane', ...journey.stages.map((s) => s.name)]));
    out.push(`| ${['---', ...journey.stages.map(() => '---')].join(' | ')} |`);
    for (const lane of journey.lanes) {
      const label = `${lane.name} (${laneKindLabel(lane.kind, 'en')})`;
      const cells = journey.stages.map((stage) =>
        cellItems(journey.items, stage, lane)
          .map((item) => itemToLine(item, personas))
          .join('\n'),
      );
      out.push(row([label, ...cells]));
    }
    out.push('');
  }

  const opportunities = rankOpportunities(journey);
  if (opportunities.length) {
    out.push('## Opportunities by priority', '');
    out.push(
      row(['Priority', 'Opportunity', 'Stage', 'Impact', 'Feasibility', 'Status', 'Owner', 'Due date']),
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
          item.status,
          item.owner ?? '',
          item.dueDate ?? '',
        ]),
      );
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function personaSection(persona: Persona): string[] {
  const lines = [`### ${inline(persona.name)}${persona.role ? ` (${inline(persona.role)})` : ''}`, ''];
  if (persona.quote)
    lines.push(
      ...block(persona.quote)
        .split('\n')
        .map((l) => `> ${l}`),
      '',
    );
  if (persona.description) lines.push(block(persona.description), '');
  const lists: Array<[string, readonly string[]]> = [
    ['Demographics', persona.demographics.map((d) => `${d.label}: ${d.value}`)],
    ['Goals', persona.goals],
    ['Needs', persona.needs],
    ['Motivations', persona.motivations],
    ['Frustrations', persona.frustrations],
    ['Preferred channels', persona.preferredChannels],
  ];
  for (const [title, entries] of lists) {
    if (entries.length) lines.push(`- **${title}:** ${entries.map(inline).join('; ')}`);
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
