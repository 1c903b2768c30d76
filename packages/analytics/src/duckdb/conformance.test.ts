import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreConformanceTests } from '../conformance';
import { dataSetConformanceTests } from '../datasets/conformance-datasets';
import { openDuckDbEventStore } from './store';

eventStoreConformanceTests('duckdb', () => openDuckDbEventStore());
dataSetConformanceTests('duckdb', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'wm-duckdb-datasets-'));
  return () => openDuckDbEventStore({ dataDir });
});
