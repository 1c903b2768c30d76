import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FaceFile } from './faces';

/**
 * Font coverage and subsetting with HarfBuzz compiled to WebAssembly (harfbuzzjs, no native code):
 * its shaping build answers which characters a face covers, its hb-subset build cuts a face down to
 * given characters, keeping the layout rules (Thai marks, Arabic joining forms) those characters
 * need. Font files are read once and kept in WebAssembly memory for the life of the process.
 */

/** The raw exports of `harfbuzz-subset.wasm` this module calls. */
interface SubsetExports {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(bytes: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, kind: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let subsetModule: SubsetExports | undefined;

function isSubsetExports(value: WebAssembly.Exports): value is WebAssembly.Exports & SubsetExports {
  return typeof value['hb_subset_or_fail'] === 'function' && value['memory'] instanceof WebAssembly.Memory;
}

function subsetter(): SubsetExports {
  if (subsetModule === undefined) {
    const path = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(path)), {});
    if (!isSubsetExports(instance.exports)) throw new Error('harfbuzz-subset.wasm: unexpected exports');
    instance.exports._initialize();
    subsetModule = instance.exports;
  }
  return subsetModule;
}

/** A face loaded into the subsetter, with the characters it covers. */
interface LoadedFace {
  ptr: number;
  covers: ReadonlySet<number>;
}

const loaded = new Map<string, LoadedFace | null>();

/** Loads a face once (`null` when its file is missing); keeps its bytes in WebAssembly memory. */
async function load(face: FaceFile): Promise<LoadedFace | null> {
  const key = `${face.path}#${face.index}`;
  const cached = loaded.get(key);
  if (cached !== undefined) return cached;
  if (!existsSync(face.path)) {
    loaded.set(key, null);
    return null;
  }
  const bytes = readFileSync(face.path);
  const hb = await import('harfbuzzjs');
  const covers = new Set(new hb.Face(new hb.Blob(bytes), face.index).collectUnicodes());
  const wasm = subsetter();
  const data = wasm.malloc(bytes.byteLength);
  new Uint8Array(wasm.memory.buffer).set(bytes, data);
  const blob = wasm.hb_blob_create(data, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const ptr = wasm.hb_face_create(blob, face.index);
  wasm.hb_blob_destroy(blob);
  const result = { ptr, covers };
  loaded.set(key, result);
  return result;
}

/** The characters `face` covers, or an empty set when its file is missing. */
export async function coverage(face: FaceFile): Promise<ReadonlySet<number>> {
  return (await load(face))?.covers ?? new Set();
}

/**
 * `face` cut down to `codePoints` (and the glyphs its layout rules reach from them), as font file
 * bytes in the face's own format (TrueType or CFF OpenType). Deterministic for the same font file.
 */
export async function subsetFace(face: FaceFile, codePoints: readonly number[]): Promise<Uint8Array> {
  const source = await load(face);
  if (source === null) throw new Error(`${face.path}: font file not found`);
  const wasm = subsetter();
  const input = wasm.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('hb-subset: out of memory');
  try {
    // Keep every layout feature (the default drops some, e.g. Thai mark positioning variants).
    const features = wasm.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    wasm.hb_set_clear(features);
    wasm.hb_set_invert(features);
    const unicodes = wasm.hb_subset_input_unicode_set(input);
    for (const code of codePoints) wasm.hb_set_add(unicodes, code);
    const subset = wasm.hb_subset_or_fail(source.ptr, input);
    if (subset === 0) throw new Error(`${face.path}: hb-subset failed`);
    const blob = wasm.hb_face_reference_blob(subset);
    const offset = wasm.hb_blob_get_data(blob, 0);
    const bytes = new Uint8Array(wasm.memory.buffer).slice(offset, offset + wasm.hb_blob_get_length(blob));
    wasm.hb_blob_destroy(blob);
    wasm.hb_face_destroy(subset);
    return bytes;
  } finally {
    wasm.hb_subset_input_destroy(input);
  }
}
