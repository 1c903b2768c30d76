import { useCallback, useRef, useState } from 'react';
import { ApiError } from '@waymark/api';
import { api, errorMessage, isConflict } from '../lib/api';
import { navigate } from '../shell/use-route';

/** Where an import of a map file stands, as the home screen shows it. */
export type MapImportState =
  | { status: 'idle' }
  | { status: 'uploading'; fileName: string }
  /** The server refused the file; `message` names the file and the place (or says the server is unreachable). */
  | { status: 'failed'; message: string; offline: boolean }
  /** A workbook exported from an older revision than the stored map: import `file` anyway, or cancel. */
  | { status: 'stale'; file: File; message: string }
  /** The file held exactly the stored map: no revision was written. */
  | { status: 'unchanged'; fileName: string; journeyId: string; title: string };

/** The state of `useMapImport` and what the home screen can do with it. */
export interface MapImport {
  state: MapImportState;
  /** Uploads `file`; with `force`, a stale workbook replaces the newer revisions. */
  importFile(file: File, force?: boolean): Promise<void>;
  /** Back to idle (Cancel on a stale workbook, or dismissing a message). */
  reset(): void;
}

/**
 * Imports a `.json` or `.xlsx` map through `POST /api/import`. A map that was written (new, or a new
 * revision) is opened at `#/maps/<id>`; every other outcome stays on the screen as `state`.
 * Trap: a second call while one is uploading is ignored (the control is disabled meanwhile anyway).
 */
export function useMapImport(): MapImport {
  const [state, setState] = useState<MapImportState>({ status: 'idle' });
  const busy = useRef(false);

  const importFile = useCallback(async (file: File, force = false) => {
    if (busy.current) return;
    busy.current = true;
    setState({ status: 'uploading', fileName: file.name });
    try {
      const result = await api.journeys.import(force ? { file, force: 'true' } : { file });
      const { journey } = result.journey;
      if (result.changed) {
        setState({ status: 'idle' });
        navigate({ name: 'map', id: journey.id });
      } else {
        setState({ status: 'unchanged', fileName: file.name, journeyId: journey.id, title: journey.title });
      }
    } catch (error) {
      if (error instanceof ApiError) {
        // The server's message is one line naming the file and the sheet, row or field; a 409 is a
        // workbook exported from an older revision than the stored map.
        setState(
          isConflict(error)
            ? { status: 'stale', file, message: error.message }
            : { status: 'failed', message: error.message, offline: false },
        );
      } else {
        setState({ status: 'failed', message: errorMessage(error), offline: true });
      }
    } finally {
      busy.current = false;
    }
  }, []);

  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, importFile, reset };
}
