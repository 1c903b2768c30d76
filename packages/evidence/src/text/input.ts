import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';

/**
 * A file to read: a path on disk (streamed), or bytes already in memory (an upload). `name` is what
 * error messages call it; it defaults to the path's base name.
 */
export const inputFileSchema = z.union([
  z.strictObject({ path: z.string().min(1), name: z.string().min(1).optional() }),
  z.strictObject({ bytes: z.instanceof(Uint8Array), name: z.string().min(1) }),
]);
export type InputFile = z.infer<typeof inputFileSchema>;

/** The name error messages use for `input`. */
export function inputName(input: InputFile): string {
  return input.name ?? ('path' in input ? basename(input.path) : 'input');
}

/** Bytes per chunk the readers work on. */
const CHUNK_BYTES = 1 << 16;

/** The file's bytes as a stream of chunks of 64 KiB (from disk, or slices of in-memory bytes). */
export async function* inputChunks(input: InputFile): AsyncGenerator<Uint8Array> {
  if ('bytes' in input) {
    for (let at = 0; at < input.bytes.byteLength; at += CHUNK_BYTES)
      yield input.bytes.subarray(at, at + CHUNK_BYTES);
    return;
  }
  for await (const chunk of createReadStream(input.path, { highWaterMark: CHUNK_BYTES })) {
    yield chunk as Buffer;
  }
}

/** The first `count` bytes of the file (fewer when it is shorter), to sniff its kind. */
export async function inputHead(input: InputFile, count: number): Promise<Uint8Array> {
  if ('bytes' in input) return input.bytes.subarray(0, count);
  const handle = await open(input.path, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The whole file in memory, refused with `tooLarge` above `maxBytes` (checked before reading). */
export async function inputBytes(
  input: InputFile,
  maxBytes: number,
  tooLarge: (size: number) => Error,
): Promise<Uint8Array> {
  if ('bytes' in input) {
    if (input.bytes.byteLength > maxBytes) throw tooLarge(input.bytes.byteLength);
    return input.bytes;
  }
  const handle = await open(input.path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooLarge(size);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** True when the bytes start like a ZIP archive (an `.xlsx` workbook). */
export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}
