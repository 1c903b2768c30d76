import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportError } from '../import-error';
import { XLSX_LIMITS, WorkbookLimitError, checkWorkbookFileSize } from './limits';
import type { ReadWorkbookOptions, WorkbookContents } from './read-workbook';
import type { FromWorker, ToWorker, WorkerError, WorkerInput } from './worker/messages';

/**
 * `readWorkbook` in a worker thread with its own heap limit (`XLSX_LIMITS.workerHeapMb`) and a time
 * limit (`XLSX_LIMITS.readMilliseconds`), for files from anyone: a workbook that would exhaust memory
 * kills only its worker and becomes a `WorkbookLimitError`, never a crash of the server or a V8
 * stack trace from the CLI. Reads run one at a time, so concurrent uploads cannot multiply the
 * memory; the caller's event loop stays free meanwhile. `baselineFor` runs in the caller (it needs
 * the store) and answers the worker's requests.
 * Trap: the bytes are copied once (the copy is handed to the worker), so the caller keeps `data`.
 */
export async function readWorkbookInWorker(
  data: Uint8Array | ArrayBuffer,
  fileName: string,
  options: ReadInWorkerOptions = {},
): Promise<WorkbookContents> {
  checkWorkbookFileSize(data.byteLength, fileName);
  const previous = queue;
  let done = () => {};
  queue = new Promise((resolve) => (done = resolve));
  await previous;
  try {
    return await run(new Uint8Array(data), fileName, options);
  } finally {
    done();
  }
}

/** Options of `readWorkbookInWorker`: those of `readWorkbook`, and the worker's limits (for tests). */
export interface ReadInWorkerOptions extends ReadWorkbookOptions {
  /** Heap of the worker in MiB; `XLSX_LIMITS.workerHeapMb` by default. */
  heapMb?: number;
  /** Time allowed in milliseconds; `XLSX_LIMITS.readMilliseconds` by default. */
  milliseconds?: number;
}

/** The read in progress, if any: the next waits for it. */
let queue: Promise<void> = Promise.resolve();

/** The worker's module: this file's sibling with this file's extension (.ts from source, .js built). */
const ENTRY = new URL(`./worker/read-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
const BOOTSTRAP = new URL('./worker/bootstrap.mjs', import.meta.url);

function run(bytes: Uint8Array, fileName: string, options: ReadInWorkerOptions): Promise<WorkbookContents> {
  const { heapMb = XLSX_LIMITS.workerHeapMb, milliseconds = XLSX_LIMITS.readMilliseconds } = options;
  const input: WorkerInput = { entry: ENTRY.href, data: bytes, fileName, baselines: !!options.baselineFor };
  const worker = new Worker(BOOTSTRAP, {
    workerData: input,
    transferList: [bytes.buffer as ArrayBuffer],
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
    // The worker must not inherit loaders or inspector flags of the caller; the bootstrap loads tsx.
    execArgv: [],
    stdout: false,
    stderr: false,
  });
  return new Promise<WorkbookContents>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new WorkbookLimitError(
              fileName,
              '',
              'reading it takes too long',
              'readMilliseconds',
              milliseconds,
            ),
          ),
        ),
      milliseconds,
    );
    worker.on('message', (message: FromWorker) => {
      if (message.kind === 'done') return settle(() => resolve(message.contents));
      if (message.kind === 'error') return settle(() => reject(rebuild(message.error)));
      const lookup = options.baselineFor?.(message.journeyId) ?? Promise.resolve(undefined);
      lookup.then(
        (document) => worker.postMessage({ kind: 'baseline', document } satisfies ToWorker),
        (error: unknown) => settle(() => reject(error)),
      );
    });
    worker.on('error', (error: Error) => {
      const outOfMemory = 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle(() =>
        reject(
          outOfMemory
            ? new WorkbookLimitError(fileName, '', 'reading it needs more memory', 'workerHeapMb', heapMb)
            : new ImportError(fileName, '', `not a readable XLSX workbook (${error.message})`),
        ),
      );
    });
    worker.on('exit', (code) =>
      settle(() =>
        reject(
          new ImportError(
            fileName,
            '',
            `not a readable XLSX workbook (the reader stopped with code ${code})`,
          ),
        ),
      ),
    );
  });
}

function rebuild(error: WorkerError): ImportError {
  return error.limit
    ? new WorkbookLimitError(
        error.fileName,
        error.place,
        error.limit.what,
        error.limit.limit,
        error.limit.value,
      )
    : new ImportError(error.fileName, error.place, error.detail);
}
