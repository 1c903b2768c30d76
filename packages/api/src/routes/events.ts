import { z } from 'zod';
import { dataSetNameSchema } from '@waymark/domain';
import { endpoint, errorResponses, fileField, formBody, ok } from '../endpoint';
import { eventsImportResultSchema, eventsSummarySchema } from '../wire';

/** Event ingestion and the summary of what the event store holds. */

/** Largest events file accepted over HTTP, in bytes. Larger files go through the CLI. */
export const EVENTS_MAX_BYTES = 200 * 1024 * 1024;

const column = z.string().min(1).max(200);

/**
 * Form of `importEvents`: the file plus which of its columns hold what (defaults: user_id, event,
 * timestamp, channel, session_id, event_id). Every other column becomes an event property.
 * `format` defaults from the file name (.csv, .csv.gz, .ndjson, .jsonl, .parquet). `onError`
 * `fail` loads nothing when a row is bad; `skip` loads the good rows and reports the bad ones.
 */
export const eventsImportFormSchema = z.strictObject({
  file: fileField(EVENTS_MAX_BYTES),
  format: z.enum(['csv', 'ndjson', 'parquet', 'auto']).optional(),
  userColumn: column.optional(),
  eventColumn: column.optional(),
  timeColumn: column.optional(),
  channelColumn: column.optional(),
  sessionColumn: column.optional(),
  eventIdColumn: column.optional(),
  timeFormat: z.enum(['iso', 'epoch_s', 'epoch_ms', 'auto']).optional(),
  onError: z.enum(['fail', 'skip']).optional(),
  dataSet: dataSetNameSchema.optional().meta({
    description:
      'The name of the data set the import creates (default: the file name); a taken name is a 409.',
  }),
  force: z.enum(['true', 'false']).optional().meta({
    description:
      'A file whose bytes a data set already holds is refused with 409 (naming that data set) unless this is "true".',
  }),
});

export const importEvents = endpoint({
  method: 'post',
  path: '/api/events/import',
  operationId: 'importEvents',
  tags: ['events'],
  summary: 'Import events from a CSV, NDJSON or Parquet upload with a column mapping',
  request: { body: formBody(eventsImportFormSchema) },
  responses: { ...ok(eventsImportResultSchema, 'What was imported'), ...errorResponses },
});

export const eventsSummary = endpoint({
  method: 'get',
  path: '/api/events/summary',
  operationId: 'eventsSummary',
  tags: ['events'],
  summary: 'Counts, time range, event names and channels in the event store',
  responses: { ...ok(eventsSummarySchema, 'The summary'), ...errorResponses },
});
