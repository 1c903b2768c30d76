/**
 * File import for the ClickHouse adapter (placeholder until the shared file reader lands).
 */
import type { AnalyticsEventInput, AppendResult } from '../event';
import type { IngestOptionsInput, IngestReport, ProgressCallback } from '../ingest/options';
import { IngestError } from '../ingest/options';

/** Imports a file through `append`. */
export async function ingestFileInto(
  _append: (batch: readonly AnalyticsEventInput[]) => Promise<AppendResult>,
  path: string,
  _options?: IngestOptionsInput,
  _onProgress?: ProgressCallback,
): Promise<IngestReport> {
  throw new IngestError(path, 'file import is not available on ClickHouse yet');
}
