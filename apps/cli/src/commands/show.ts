import type { Divider, JourneyDocument } from '@waymark/domain';
import type { Command } from 'commander';
import { parseWholeNumber } from '../arguments';
import { loadDocument, parseRevision } from '../documents';
import { printJson, printLines, terminalSafe, terminalWidth } from '../output';
import { withStore } from '../store-context';
import { renderTable } from '../text/table';

/** `waymark show ID`: the map as a stages-by-lanes table (or the whole document with --json). */
export function registerShow(program: Command): void {
  program
    .command('show')
    .description('show a map as a stages-by-lanes table')
    .argument('<id>', 'map id')
    .option('--revision <n>', 'show an earlier revision')
    .option('--width <columns>', 'table width (default: the terminal width)')
    .option('--json', 'print the map document as JSON')
    .action(
      async (
        id: string,
        options: { revision?: string; width?: string; json?: boolean },
        command: Command,
      ) => {
        const revision =
          options.revision === undefined ? undefined : parseRevision(options.revision, '--revision');
        const { document, stored } = await withStore(command, (store) => loadDocument(store, id, revision));
        if (options.json)
          return printJson({ revision: stored.revision, updatedAt: stored.updatedAt, ...document });
        const width =
          options.width === undefined
            ? terminalWidth()
            : parseWholeNumber(options.width, '--width', 'of columns like 100');
        const { itemToLine } = await import('@waymark/io');
        const { dividerKindLabel } = await import('@waymark/domain');
        const dividerLabel = (kind: Divider['kind']): string =>
          dividerKindLabel(kind, document.journey.locale);
        printLines(...renderMap(document, stored.revision, width, { itemToLine, dividerLabel }));
      },
    );
}

/** Text for what `renderMap` draws, passed in so this module loads no package before it is used. */
export interface MapText {
  /** One item as a line, like the workbook's cells (`@waymark/io`'s `itemToLine`). */
  itemToLine: (
    item: JourneyDocument['journey']['items'][number],
    personas: JourneyDocument['personas'],
  ) => string;
  /** The name of a blueprint line (line of visibility, line of internal interaction). */
  dividerLabel: (kind: Divider['kind']) => string;
}

/**
 * The text form of a map: a heading line, then one table with stages as columns and lanes as rows;
 * a blueprint's lines of visibility and internal interaction are rows of their own after their lane.
 * Right-to-left text stays in logical order; the terminal's bidi support (if any) draws it.
 */
export function renderMap(doc: JourneyDocument, revision: number, width: number, text: MapText): string[] {
  const { journey, personas } = doc;
  const lines = [
    terminalSafe(journey.title),
    `${journey.id} · revision ${revision} · ${journey.mapType} / ${journey.journeyKind} · ${journey.locale} (${journey.direction})`,
  ];
  if (personas.length) lines.push(`personas: ${personas.map((p) => terminalSafe(p.name)).join(', ')}`);
  if (journey.stages.length === 0 || journey.lanes.length === 0) return [...lines, '(no stages or lanes)'];
  const rows = journey.lanes.flatMap((lane) => [
    [
      terminalSafe(lane.name),
      ...journey.stages.map((stage) =>
        journey.items
          .filter((item) => item.stageId === stage.id && item.laneId === lane.id)
          .map((item) => `• ${terminalSafe(text.itemToLine(item, personas))}`)
          .join('\n'),
      ),
    ],
    ...journey.dividers
      .filter((divider) => divider.afterLaneId === lane.id)
      .map((divider) => [`┄ ${text.dividerLabel(divider.kind)} ┄`, ...journey.stages.map(() => '┄')]),
  ]);
  const header = ['', ...journey.stages.map((s) => terminalSafe(s.name))];
  return [...lines, renderTable(header, rows, { maxWidth: width })];
}
