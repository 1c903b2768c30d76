import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { FullIndex } from './index-assemble';
import { positionsOf } from './index-assemble';

/**
 * Persists the full journey index next to the database as raw typed-array files plus JSON
 * dictionaries, tagged with the store generation so an append makes it stale.
 */

const FORMAT = 1;

const metaSchema = z.object({
  format: z.literal(FORMAT),
  generation: z.number().int(),
  eventCount: z.number().int().min(0),
  userIds: z.array(z.string()),
  eventNames: z.array(z.string()),
  channelNames: z.array(z.string()),
});

const ARRAYS = ['userOffsets', 'timestamps', 'seqs', 'eventCodes', 'channelCodes', 'sessionCodes'] as const;

/** Writes the index to `dir` (replacing what was there). */
export async function saveIndex(dir: string, full: FullIndex, generation: number): Promise<void> {
  const tmp = `${dir}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const { index } = full;
  const meta = {
    format: FORMAT,
    generation,
    eventCount: index.eventCount,
    userIds: index.userIds,
    eventNames: index.eventNames,
    channelNames: index.channelNames,
  };
  for (const name of ARRAYS) {
    const array = index[name];
    await writeFile(
      join(tmp, `${name}.bin`),
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength),
    );
  }
  await writeFile(join(tmp, 'meta.json'), JSON.stringify(meta));
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
}

/** Reads one array file; its buffer is used as it is when aligned (large files are), else copied. */
async function readBytes(dir: string, name: string): Promise<ArrayBuffer> {
  const bytes = await readFile(join(dir, `${name}.bin`));
  if (
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
  )
    return bytes.buffer;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

/** Loads the index from `dir` when it exists and matches `generation`; otherwise null. */
export async function loadIndex(dir: string, generation: number): Promise<FullIndex | null> {
  let metaText: string;
  try {
    metaText = await readFile(join(dir, 'meta.json'), 'utf8');
  } catch {
    return null;
  }
  const parsed = metaSchema.safeParse(JSON.parse(metaText));
  if (!parsed.success || parsed.data.generation !== generation) return null;
  const meta = parsed.data;
  const seqs = new Float64Array(await readBytes(dir, 'seqs'));
  if (seqs.length !== meta.eventCount) return null;
  const index = {
    eventCount: meta.eventCount,
    userIds: meta.userIds,
    eventNames: meta.eventNames,
    channelNames: meta.channelNames,
    userOffsets: new Int32Array(await readBytes(dir, 'userOffsets')),
    timestamps: new Float64Array(await readBytes(dir, 'timestamps')),
    seqs,
    eventCodes: new Int32Array(await readBytes(dir, 'eventCodes')),
    channelCodes: new Int32Array(await readBytes(dir, 'channelCodes')),
    sessionCodes: new Int32Array(await readBytes(dir, 'sessionCodes')),
    conditionMasks: null,
    properties: new Map(),
  };
  return { index, positionOfSeq: positionsOf(seqs) };
}

/** Removes a persisted index. */
export async function removeIndex(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
