import { parentPort, workerData } from 'node:worker_threads';
import type { JourneyDocument } from '@waymark/domain';
import { ImportError, oneLine } from '../../import-error';
import { WorkbookLimitError } from '../limits';
import { readWorkbook } from '../read-workbook';
import type { FromWorker, ToWorker, WorkerError, WorkerInput } from './messages';

/**
 * The worker that reads one workbook for `readWorkbookInWorker`: runs `readWorkbook` on the bytes it
 * was given, asks its caller for baselines, and posts the contents or the error. Any failure that is
 * not an `ImportError` (exceljs tripping over a strange file) is reported as an unreadable workbook.
 */
const input = workerData as WorkerInput;
const port = parentPort;
if (!port) throw new Error('read-worker.ts runs only as a worker thread');

const post = (message: FromWorker) => port.postMessage(message);

function baselineFor(journeyId: string): Promise<JourneyDocument | undefined> {
  return new Promise((resolve) => {
    port?.once('message', (message: ToWorker) => resolve(message.document));
    post({ kind: 'baseline', journeyId });
  });
}

function describe(error: unknown): WorkerError {
  if (error instanceof WorkbookLimitError)
    return { ...plain(error), limit: { what: error.what, limit: error.limit, value: error.value } };
  if (error instanceof ImportError) return plain(error);
  const reason = oneLine(error instanceof Error ? error.message : String(error)).slice(0, 200);
  return { fileName: input.fileName, place: '', detail: `not a readable XLSX workbook (${reason})` };
}

function plain(error: ImportError): WorkerError {
  return { fileName: error.fileName, place: error.place, detail: error.detail };
}

try {
  const contents = await readWorkbook(input.data, input.fileName, input.baselines ? { baselineFor } : {});
  post({ kind: 'done', contents });
} catch (error) {
  post({ kind: 'error', error: describe(error) });
}
