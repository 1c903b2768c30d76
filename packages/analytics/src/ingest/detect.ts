import { open, stat } from 'node:fs/promises';
import { IngestError } from './options';
import type { IngestOptions } from './options';

/** A concrete file format. */
export type FileFormat = 'csv' | 'ndjson' | 'parquet';

/**
 * Checks that a file exists, is not empty and is not binary (Parquet aside), and picks its format from
 * the option, the extension, or the first bytes. Throws `IngestError` with a clear message otherwise.
 */
export async function detectFormat(path: string, format: IngestOptions['format']): Promise<FileFormat> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new IngestError(path, 'is not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(path, 'cannot be read (does the file exist?)');
  }
  if (size === 0) throw new IngestError(path, 'is empty; expected a header row and events');
  const handle = await open(path, 'r');
  const head = new Uint8Array(Math.min(size, 8192));
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  const isParquet = head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31;
  const isGzip = head[0] === 0x1f && head[1] === 0x8b;
  const lower = path.toLowerCase().replace(/\.gz$/, '');
  let chosen: FileFormat;
  if (format !== 'auto') chosen = format;
  else if (isParquet || lower.endsWith('.parquet')) chosen = 'parquet';
  else if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl') || lower.endsWith('.json'))
    chosen = 'ndjson';
  else if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) chosen = 'csv';
  else chosen = firstText(head) === '{' ? 'ndjson' : 'csv';
  if (chosen === 'parquet' && !isParquet)
    throw new IngestError(path, 'is not a Parquet file (no PAR1 header)');
  if (chosen !== 'parquet' && !isGzip && looksBinary(head)) {
    throw new IngestError(path, `looks like a binary file, not ${chosen === 'csv' ? 'CSV' : 'NDJSON'} text`);
  }
  return chosen;
}

function firstText(head: Uint8Array): string {
  for (const byte of head) {
    if (
      byte !== 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0xef &&
      byte !== 0xbb &&
      byte !== 0xbf
    ) {
      return String.fromCharCode(byte);
    }
  }
  return '';
}

/** NUL bytes, or many control characters, mean binary. */
function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control > head.length / 20;
}
