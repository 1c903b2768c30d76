import { displayWidth } from './display-width';
import { padEnd, wrapText } from './wrap';

/** Options of `renderTable`. */
export interface TableOptions {
  /** Widest the whole table may be, in columns; wide cells wrap to fit. */
  maxWidth: number;
}

/** Columns are not shrunk below their natural width up to this many columns (e.g. labels). */
const MIN_COLUMN_WIDTH = 8;

/**
 * Draws a table with box-drawing borders, a header row and wrapped cells, sized by display width so
 * Thai, CJK and emoji line up. Columns share the width left after narrow columns take their natural
 * width. Cells may hold newlines.
 */
export function renderTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  options: TableOptions,
): string {
  const count = header.length;
  const natural = header.map((h, c) =>
    Math.max(1, ...[h, ...rows.map((r) => r[c] ?? '')].flatMap((cell) => cell.split('\n').map(displayWidth))),
  );
  const widths = fitWidths(natural, options.maxWidth - (3 * count + 1), MIN_COLUMN_WIDTH);
  const line = (left: string, mid: string, right: string): string =>
    left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const drawRow = (cells: readonly string[]): string[] => {
    const wrapped = widths.map((w, c) => wrapText(cells[c] ?? '', w));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    const out: string[] = [];
    for (let i = 0; i < height; i++) {
      out.push(`│ ${widths.map((w, c) => padEnd(wrapped[c]?.[i] ?? '', w)).join(' │ ')} │`);
    }
    return out;
  };
  const out = [line('┌', '┬', '┐'), ...drawRow(header), line('├', '┼', '┤')];
  rows.forEach((row, i) => {
    if (i > 0) out.push(line('├', '┼', '┤'));
    out.push(...drawRow(row));
  });
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}

/** Shrinks the widest columns first until the sum fits `available` (never below `minimum`). */
function fitWidths(natural: readonly number[], available: number, minimum: number): number[] {
  const widths = [...natural];
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > available) {
    let widest = 0;
    widths.forEach((w, i) => {
      if (w > (widths[widest] ?? 0)) widest = i;
    });
    const current = widths[widest] ?? 0;
    if (current <= minimum) break;
    widths[widest] = current - 1;
    total--;
  }
  return widths;
}
