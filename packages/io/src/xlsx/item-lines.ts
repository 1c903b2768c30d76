import type { Item, LaneKind, Persona } from '@waymark/domain';

/**
 * How one item reads in a "Map" sheet cell, and how such a line reads back. A cell lists its items one
 * per line; when any item's text spans lines, items are separated by a blank line instead.
 * Pain points end in `(severity 4/5)` or `(severity 4/5, frequency 2/5)`, opportunities in
 * `(impact 4/5, feasibility 3/5)`, emotion points read `Persona name: +3` or `Persona name: -2 — text`.
 */

/** What a person wrote for one item: its text and the figures the line carried, if any. */
export interface ItemLine {
  text: string;
  severity?: number;
  frequency?: number;
  impact?: number;
  feasibility?: number;
  /** Emotion points: the persona named before the score. */
  personaName?: string;
  score?: number;
}

const PAIN_SUFFIX = /\s*\(severity ([1-5])\/5(?:, frequency ([1-5])\/5)?\)$/;
const OPPORTUNITY_SUFFIX = /\s*\(impact ([1-5])\/5, feasibility ([1-5])\/5\)$/;
const EMOTION_LINE = /^(.+?):\s*([+-]?\d+(?:\.\d+)?)(?:\s+—\s+([\s\S]*))?$/;

/** Renders one item as the text of its line in a Map cell. */
export function itemToLine(item: Item, personas: readonly Persona[]): string {
  switch (item.type) {
    case 'pain_point': {
      const frequency = item.frequency === undefined ? '' : `, frequency ${item.frequency}/5`;
      return `${item.text} (severity ${item.severity}/5${frequency})`;
    }
    case 'opportunity':
      return `${item.text} (impact ${item.impact}/5, feasibility ${item.feasibility}/5)`;
    case 'emotion_point': {
      const persona = personas.find((p) => p.id === item.personaId)?.name ?? item.personaId;
      const score = item.score > 0 ? `+${item.score}` : String(item.score);
      return item.text ? `${persona}: ${score} — ${item.text}` : `${persona}: ${score}`;
    }
    default:
      return item.text;
  }
}

/** Joins entries one per line, or with blank lines when an entry spans lines. */
export function joinList(entries: readonly string[]): string {
  return entries.join(entries.some((e) => e.includes('\n')) ? '\n\n' : '\n');
}

/** Renders a cell's items (in order) as the cell's text. */
export function itemsToCell(items: readonly Item[], personas: readonly Persona[]): string {
  return joinList(items.map((item) => itemToLine(item, personas)));
}

/** Whether a cell's items need paragraph separation (some item text spans lines). */
export function needsParagraphs(items: readonly Item[]): boolean {
  return items.some((item) => item.text.includes('\n'));
}

/**
 * Splits a cell's text into item texts. Paragraph mode (blank-line separated) is used when the cell
 * holds a blank line or `paragraphs` says the exported cell used it; otherwise one item per line.
 * Empty entries are dropped, so an item with empty text cannot be typed into a cell.
 */
export function splitCell(cell: string, paragraphs = false): string[] {
  const normalized = cell.replace(/\r\n?/g, '\n');
  const byParagraph = paragraphs || /\n[ \t]*\n/.test(normalized);
  const parts = byParagraph ? normalized.split(/\n[ \t]*\n/) : normalized.split('\n');
  return parts
    .map((part) => (byParagraph ? part.replace(/^\n+|\n+$/g, '') : part))
    .filter((part) => part.trim() !== '');
}

/** Reads one line of a cell in a lane of the given kind, picking out the figures that kind carries. */
export function parseItemLine(line: string, laneKind: LaneKind): ItemLine {
  if (laneKind === 'pain_points') {
    const match = PAIN_SUFFIX.exec(line);
    if (match) {
      const parsed: ItemLine = { text: line.slice(0, match.index), severity: Number(match[1]) };
      if (match[2] !== undefined) parsed.frequency = Number(match[2]);
      return parsed;
    }
  }
  if (laneKind === 'opportunities') {
    const match = OPPORTUNITY_SUFFIX.exec(line);
    if (match)
      return { text: line.slice(0, match.index), impact: Number(match[1]), feasibility: Number(match[2]) };
  }
  if (laneKind === 'emotions') {
    const match = EMOTION_LINE.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      return { text: match[3] ?? '', personaName: match[1].trim(), score: Number(match[2]) };
    }
  }
  return { text: line };
}
