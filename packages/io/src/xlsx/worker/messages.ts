import type { JourneyDocument } from '@waymark/domain';
import type { WorkbookContents } from '../read-workbook';
import type { WorkbookLimit } from '../limits';

/**
 * The messages between `readWorkbookInWorker` and its worker (structured clones, so plain data).
 * The worker asks for a baseline when a workbook without its "_waymark" sheet names a map, and ends
 * with the contents or the error, described well enough to be thrown again on the other side.
 */

/** What the worker starts with (`workerData`). */
export interface WorkerInput {
  /** URL of the worker's own module, loaded by the bootstrap. */
  entry: string;
  data: Uint8Array;
  fileName: string;
  /** Whether the caller can look up stored maps (`baselineFor`). */
  baselines: boolean;
}

/** An error thrown in the worker: an `ImportError` (with its limit when it is a limit). */
export interface WorkerError {
  fileName: string;
  place: string;
  detail: string;
  /** For a `WorkbookLimitError`: what is too large and which limit. */
  limit?: { what: string; limit: WorkbookLimit; value: number };
}

/** Worker → caller. */
export type FromWorker =
  | { kind: 'baseline'; journeyId: string }
  | { kind: 'done'; contents: WorkbookContents }
  | { kind: 'error'; error: WorkerError };

/** Caller → worker: the answer to a baseline request. */
export interface ToWorker {
  kind: 'baseline';
  document: JourneyDocument | undefined;
}
