import { fileURLToPath } from 'node:url';
import type { InputFile } from './text/input';

/** Test helpers: fixture paths and small in-memory files. */

/** A fixture file of `src/fixtures/` as an input. */
export function fixture(name: string): InputFile {
  return { path: fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), name };
}

/** Quotes a CSV field when it needs it (separator, quote, line break). */
function field(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** An in-memory CSV file from rows of cells, UTF-8 unless `encoding` says otherwise. */
export function csvFile(
  rows: readonly (readonly (string | number)[])[],
  options: { name?: string; delimiter?: string; encoding?: 'utf-8' | 'utf-16le'; bom?: boolean } = {},
): InputFile {
  const delimiter = options.delimiter ?? ',';
  const text =
    rows.map((row) => row.map((cell) => field(String(cell), delimiter)).join(delimiter)).join('\r\n') +
    '\r\n';
  return textFile(text, options);
}

/** An in-memory text file, UTF-8 unless `encoding` says otherwise, with an optional byte-order mark. */
export function textFile(
  text: string,
  options: { name?: string; encoding?: 'utf-8' | 'utf-16le'; bom?: boolean } = {},
): InputFile {
  const name = options.name ?? 'test.csv';
  if (options.encoding === 'utf-16le') {
    const body = Buffer.from(text, 'utf16le');
    return { bytes: options.bom === false ? body : Buffer.concat([Buffer.from([0xff, 0xfe]), body]), name };
  }
  const body = Buffer.from(text, 'utf8');
  return { bytes: options.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body, name };
}

/** Drains an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
