import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { endpoints } from '@waymark/api';
import { IngestError } from '@waymark/analytics';
import type { EventStore, IngestOptionsInput } from '@waymark/analytics';
import { REVISION_AUTHORS } from '@waymark/domain';
import type { AppDeps } from '../deps';
import { HttpError } from '../http/errors';

/** The ingest's CLI flags, by the form field of `importEvents` that does the same. */
const FIELD_OF_FLAG: Record<string, string> = {
  '--user': 'userColumn',
  '--event': 'eventColumn',
  '--time': 'timeColumn',
};

/**
 * An ingest failure of an upload as the API says it: the upload's name instead of the temporary
 * file's path, and the form field instead of the CLI flag.
 */
function uploadError(error: IngestError, path: string, name: string): HttpError {
  const message = error.message
    .replaceAll(path, name)
    .replace(/--(user|event|time)\b/g, (flag) => FIELD_OF_FLAG[flag] ?? flag);
  const first = error.errors[0];
  return new HttpError(
    400,
    'invalid_request',
    message,
    first ? `row ${first.row}.${first.column}` : 'body.file',
  );
}

/** Event ingestion from uploads and the event store summary. */
export function registerEventRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(createRoute(endpoints.importEvents), async (c) => {
    const events = requireEvents(deps);
    const form = c.req.valid('form');
    const name = safeName(form.file.name || 'events.csv');
    const options: IngestOptionsInput = {
      ...(form.format ? { format: form.format } : {}),
      ...(form.userColumn ? { user: form.userColumn } : {}),
      ...(form.eventColumn ? { event: form.eventColumn } : {}),
      ...(form.timeColumn ? { time: form.timeColumn } : {}),
      ...(form.channelColumn ? { channel: form.channelColumn } : {}),
      ...(form.sessionColumn ? { session: form.sessionColumn } : {}),
      ...(form.eventIdColumn ? { id: form.eventIdColumn } : {}),
      ...(form.timeFormat ? { timeFormat: form.timeFormat } : {}),
      ...(form.onError ? { onError: form.onError } : {}),
    };
    // The readers work on files; keep the upload's name so the format is detected from it.
    const dir = await mkdtemp(join(tmpdir(), 'waymark-upload-'));
    try {
      const path = join(dir, name);
      await writeFile(path, new Uint8Array(await form.file.arrayBuffer()));
      try {
        const report = await events.ingestFile(path, {
          ...options,
          dataSet: { name: form.dataSet, author: REVISION_AUTHORS.localUser, force: form.force === 'true' },
        });
        if (report.dataSet === undefined) throw new Error('the event store recorded no data set');
        return c.json({ ...report, file: name, dataSet: report.dataSet }, 200);
      } catch (error) {
        if (error instanceof IngestError) throw uploadError(error, path, name);
        throw error;
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  app.openapi(createRoute(endpoints.eventsSummary), async (c) => {
    const index = await requireEvents(deps).index();
    const eventCounts = new Array<number>(index.eventNames.length).fill(0);
    const channelCounts = new Array<number>(index.channelNames.length).fill(0);
    let from = Infinity;
    let to = -Infinity;
    for (let i = 0; i < index.eventCount; i++) {
      const code = index.eventCodes[i] ?? 0;
      eventCounts[code] = (eventCounts[code] ?? 0) + 1;
      const channel = index.channelCodes[i] ?? -1;
      if (channel >= 0) channelCounts[channel] = (channelCounts[channel] ?? 0) + 1;
      const t = index.timestamps[i] ?? 0;
      if (t < from) from = t;
      if (t > to) to = t;
    }
    const ranked = (names: readonly string[], counts: number[]) =>
      names
        .map((name, i) => ({ name, count: counts[i] ?? 0 }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return c.json(
      {
        events: index.eventCount,
        users: index.userIds.length,
        from: index.eventCount ? new Date(from).toISOString() : null,
        to: index.eventCount ? new Date(to).toISOString() : null,
        eventNames: ranked(index.eventNames, eventCounts),
        channels: ranked(index.channelNames, channelCounts),
      },
      200,
    );
  });
}

/** The event store, or a 503 saying none is configured. */
export function requireEvents(deps: AppDeps): EventStore {
  if (!deps.events) throw new HttpError(503, 'unavailable', 'no event store is configured');
  return deps.events;
}

/** The last path segment of an uploaded name, with anything unusual replaced. */
function safeName(name: string): string {
  const cleaned = basename(name)
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .slice(-120);
  return cleaned && !cleaned.startsWith('.') ? cleaned : `upload${cleaned}`;
}
