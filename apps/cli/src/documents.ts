import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { JourneyDocument } from '@waymark/domain';
import type { WorkbookContents } from '@waymark/io';
import type { MapStore, StoredJourney } from '@waymark/store';
import { parseWholeNumber } from './arguments';
import { fail } from './cli-error';

/**
 * Moving documents between files and the store: read a `.json` or `.xlsx` file into a validated
 * document, and gather a stored journey with its personas into one.
 */

/** A stored journey (at a revision) as a self-contained document, with its revision number. */
export interface LoadedDocument {
  document: JourneyDocument;
  stored: StoredJourney;
}

/** Parses a revision argument: a whole number from 1. */
export function parseRevision(text: string, what = 'revision'): number {
  return parseWholeNumber(text, what);
}

/** Loads a journey and the personas it names; fails with a clear line when it does not exist. */
export async function loadDocument(store: MapStore, id: string, revision?: number): Promise<LoadedDocument> {
  const found = await findDocument(store, id, revision);
  if (found) return found;
  if (revision !== undefined && (await store.getJourney(id)))
    fail(`journey "${id}" has no revision ${revision}`);
  return fail(`journey "${id}" does not exist (see \`waymark list\`)`);
}

/** A journey (at a revision) with the personas it names, or `undefined` when it does not exist. */
export async function findDocument(
  store: MapStore,
  id: string,
  revision?: number,
): Promise<LoadedDocument | undefined> {
  const stored = await store.getJourney(id, revision);
  if (!stored) return undefined;
  const { journeyDocument } = await import('@waymark/store');
  return { stored, document: await journeyDocument(store, stored) };
}

/** What kind of file a path names, by extension. */
export type FileKind = 'json' | 'xlsx';

/** The kind of a document file, or a failure naming the expected extensions. */
export function fileKind(path: string): FileKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.xlsx') return 'xlsx';
  return fail(`${basename(path)}: expected a .json or .xlsx file (got "${ext || 'no extension'}")`);
}

/**
 * Reads and validates a `.json` or `.xlsx` journey document. Errors are `ImportError`s whose one-line
 * message names the file and the place; a workbook over `XLSX_LIMITS` names the limit. `baselineFor` (import only) finds the stored map a workbook
 * without its "_waymark" sheet names, so that its ids and hidden fields are kept.
 */
export async function readDocumentFile(
  path: string,
  baselineFor?: (journeyId: string) => Promise<JourneyDocument | undefined>,
): Promise<JourneyDocument> {
  return (await readDocumentFileContents(path, baselineFor)).document;
}

/**
 * `readDocumentFile`, also giving the stored revision a workbook records it was exported from
 * (`exportedRevision`; never set for JSON, whose document carries no revision).
 */
export async function readDocumentFileContents(
  path: string,
  baselineFor?: (journeyId: string) => Promise<JourneyDocument | undefined>,
): Promise<WorkbookContents> {
  const kind = fileKind(path);
  const name = basename(path);
  const io = await import('@waymark/io');
  if (kind === 'json') return { document: io.readJourneyDocument(await readFile(path, 'utf8'), name) };
  // A workbook is sized before it is read and read in a worker with bounded memory and time, so a
  // hostile one ends in one line naming the limit, never in V8 running out of heap.
  io.checkWorkbookFileSize((await stat(path)).size, name);
  return await io.readWorkbookInWorker(await readFile(path), name, baselineFor ? { baselineFor } : {});
}
