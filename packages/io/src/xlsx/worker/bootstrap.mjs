// The first module of a workbook-reading worker (see read-in-worker.ts). Loader hooks are not
// inherited by worker threads, so when the entry is TypeScript (running from source, as `npm start`,
// the CLI and the tests do) tsx's loader is registered here first; a compiled entry loads as is.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
