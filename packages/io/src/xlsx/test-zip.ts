import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A zip writer for tests that need zips no honest writer makes: sizes that lie in the directory,
 * and contents far larger than memory should hold, compressed piece by piece (`repeat` compresses a
 * piece once and repeats its bytes, so 400 MB of one letter costs a few hundred KB and no 400 MB
 * buffer). Test-only; deflate pieces end in a full flush so they join into one valid stream.
 */

/** Part of a file's content: text or bytes, optionally repeated. */
export interface ZipPiece {
  data: string | Uint8Array;
  repeat?: number;
}

/** One file of a test zip. */
export interface TestZipEntry {
  name: string;
  /** The content, as one piece or several (each compressed on its own). */
  content: string | Uint8Array | Iterable<ZipPiece>;
  /** Store instead of deflating. */
  stored?: boolean;
  /** Write this as the inflated size in the headers instead of the true one. */
  declaredSize?: number;
}

/** The bytes of a zip holding `entries`. */
export function buildZip(entries: readonly TestZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const pieces: Iterable<ZipPiece> =
      typeof entry.content === 'string' || entry.content instanceof Uint8Array
        ? [{ data: entry.content }]
        : entry.content;
    const { data, size, crc } = encode(pieces, entry.stored === true);
    const declared = entry.declaredSize ?? size;
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.byteLength, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.byteLength, 20);
    header.writeUInt32LE(declared, 24);
    header.writeUInt16LE(name.byteLength, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(header, name);
    offset += local.byteLength + name.byteLength + data.byteLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function encode(pieces: Iterable<ZipPiece>, stored: boolean): { data: Buffer; size: number; crc: number } {
  const out: Buffer[] = [];
  let size = 0;
  let crc = 0;
  for (const piece of pieces) {
    const bytes = typeof piece.data === 'string' ? Buffer.from(piece.data, 'utf8') : Buffer.from(piece.data);
    const packed = stored
      ? bytes
      : deflateRawSync(bytes, {
          finishFlush: constants.Z_FULL_FLUSH,
          // Fast for long unique content, thorough for a piece repeated many times.
          level: (piece.repeat ?? 1) > 1 ? 9 : 1,
        });
    for (let i = 0; i < (piece.repeat ?? 1); i++) {
      out.push(packed);
      crc = crc32(bytes, crc);
      size += bytes.byteLength;
    }
  }
  if (!stored) out.push(deflateRawSync(Buffer.alloc(0)));
  return { data: Buffer.concat(out), size, crc };
}
