/** One entry of a ZIP archive's central directory. */
export interface ZipEntry {
  name: string;
  compressedBytes: number;
  uncompressedBytes: number;
}

/** Reads `length` bytes at `position` of the archive (fewer at its end). */
export type ReadAt = (position: number, length: number) => Promise<Uint8Array>;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end-of-directory record is 22 bytes plus a comment of up to 65,535. */
const TAIL_BYTES = 22 + 0xffff;

const viewOf = (bytes: Uint8Array): DataView =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Lists a ZIP archive's entries from its central directory (at the end of the file) without inflating
 * anything, so a workbook's sizes can be checked before it is opened; only the tail and the directory
 * are read. Returns null when the bytes are not a readable archive. ZIP64 archives report sizes as
 * 0xFFFFFFFF, which callers treat as too large.
 */
export async function readZipDirectory(read: ReadAt, size: number): Promise<ZipEntry[] | null> {
  const tailStart = Math.max(0, size - TAIL_BYTES);
  const tail = await read(tailStart, size - tailStart);
  const tailView = viewOf(tail);
  let end = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tailView.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = tailView.getUint16(end + 10, true);
  const directoryBytes = tailView.getUint32(end + 12, true);
  const directoryStart = tailView.getUint32(end + 16, true);
  if (directoryStart + directoryBytes > size) return null;
  const directory = await read(directoryStart, directoryBytes);
  const view = viewOf(directory);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(directory.subarray(at + 46, at + 46 + nameLength)),
      compressedBytes: view.getUint32(at + 20, true),
      uncompressedBytes: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
