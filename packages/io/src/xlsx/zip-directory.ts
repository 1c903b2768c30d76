import { inflateRawSync } from 'node:zlib';
import { ImportError } from '../import-error';
import { XLSX_LIMITS, WorkbookLimitError, formatBytes } from './limits';

/**
 * A minimal reader of a zip's central directory (with zip64), enough to learn what a workbook holds
 * and how large each file declares itself to be before anything is inflated, and to inflate one file
 * with a hard cap on its output. exceljs (through JSZip) reads the same directory, so what is checked
 * here is what it will inflate.
 */

/** One file of the zip as its central directory records it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused. */
  method: number;
  compressedSize: number;
  /** The inflated size the directory declares. Not to be trusted: `inflateEntry` enforces it. */
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/**
 * The entries of a zip, read from its central directory. Refuses a file that is not a zip, one with
 * more than `XLSX_LIMITS.entries` files or whose files declare more than `XLSX_LIMITS.inflatedBytes`
 * inflated, and encrypted or unknown compression, all before inflating anything.
 */
export function readZipDirectory(zip: Uint8Array, fileName: string): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const unreadable = (why: string) => new ImportError(fileName, '', `not a readable XLSX workbook (${why})`);
  const end = findEndOfDirectory(view);
  if (end < 0) throw unreadable('no zip directory: is it an .xlsx file?');
  let total = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  if (total === MAX16 || directorySize === MAX32 || directoryOffset === MAX32) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR)
      throw unreadable('broken zip64 directory');
    const at = safeNumber(view.getBigUint64(locator + 8, true));
    if (at + 56 > zip.byteLength || view.getUint32(at, true) !== ZIP64_EOCD)
      throw unreadable('broken zip64 directory');
    total = safeNumber(view.getBigUint64(at + 32, true));
    directorySize = safeNumber(view.getBigUint64(at + 40, true));
    directoryOffset = safeNumber(view.getBigUint64(at + 48, true));
  }
  if (total > XLSX_LIMITS.entries)
    throw new WorkbookLimitError(
      fileName,
      '',
      `the zip holds ${total.toLocaleString('en-US')} files`,
      'entries',
    );
  if (directoryOffset + directorySize > zip.byteLength) throw unreadable('the zip directory is cut off');

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < total; i++) {
    if (at + 46 > zip.byteLength || view.getUint32(at, true) !== CENTRAL)
      throw unreadable('the zip directory is damaged');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let offset = view.getUint32(at + 42, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > zip.byteLength) throw unreadable('the zip directory is damaged');
    const name = names.decode(zip.subarray(at + 46, nameEnd));
    if (size === MAX32 || compressedSize === MAX32 || offset === MAX32) {
      // The zip64 extra field holds, in this order, the 64-bit values of the fields set to 0xFFFFFFFF.
      const extra = findExtra(view, nameEnd, extraLength, 0x0001);
      if (!extra) throw unreadable(`${name}: missing zip64 sizes`);
      let field = extra.start;
      const next = (): number => {
        if (field + 8 > extra.end) throw unreadable(`${name}: broken zip64 sizes`);
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (size === MAX32) size = next();
      if (compressedSize === MAX32) compressedSize = next();
      if (offset === MAX32) offset = next();
    }
    if (flags & 1) throw unreadable(`${name} is encrypted`);
    if (method !== 0 && method !== 8) throw unreadable(`${name} uses compression method ${method}`);
    entries.push({ name, method, compressedSize, size, offset });
    at = nameEnd + extraLength + commentLength;
  }
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > XLSX_LIMITS.inflatedBytes)
    throw new WorkbookLimitError(
      fileName,
      '',
      `its files inflate to ${formatBytes(declared)}, as its zip directory declares`,
      'inflatedBytes',
    );
  return entries;
}

/**
 * Inflates one entry, refusing it as soon as it inflates past the size the directory declared: a
 * directory that lies cannot make this allocate more than it claimed (and the claims were checked
 * against `XLSX_LIMITS.inflatedBytes`).
 */
export function inflateEntry(zip: Uint8Array, entry: ZipEntry, fileName: string): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const unreadable = (why: string) =>
    new ImportError(fileName, '', `not a readable XLSX workbook (${entry.name}: ${why})`);
  if (entry.offset + 30 > zip.byteLength || view.getUint32(entry.offset, true) !== LOCAL)
    throw unreadable('damaged local header');
  const start =
    entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const end = start + entry.compressedSize;
  if (end > zip.byteLength) throw unreadable('cut off');
  const data = zip.subarray(start, end);
  const lie = () =>
    new WorkbookLimitError(
      fileName,
      '',
      `${entry.name} inflates to more than the ${formatBytes(entry.size)} its zip directory declares`,
      'inflatedBytes',
    );
  if (entry.method === 0) {
    if (data.byteLength > entry.size) throw lie();
    return data;
  }
  let inflated: Uint8Array;
  try {
    // One byte more than declared tells a lying directory from an exact one.
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size + 1) });
  } catch (error) {
    if (
      error instanceof RangeError ||
      (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE')
    )
      throw lie();
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  if (inflated.byteLength > entry.size) throw lie();
  return inflated;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}

function findExtra(
  view: DataView,
  start: number,
  length: number,
  id: number,
): { start: number; end: number } | undefined {
  let at = start;
  while (at + 4 <= start + length) {
    const size = view.getUint16(at + 2, true);
    if (view.getUint16(at, true) === id)
      return { start: at + 4, end: Math.min(at + 4 + size, start + length) };
    at += 4 + size;
  }
  return undefined;
}

function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}
