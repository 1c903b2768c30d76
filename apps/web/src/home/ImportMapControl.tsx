import { useEffect, useRef } from 'react';
import { isolate, useT } from '../i18n';
import { hrefOf } from '../shell/use-route';
import type { MapImport } from './use-map-import';
import './import-map.css';

/** File types the import accepts: the JSON document and the workbook. */
const ACCEPT =
  '.json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * "Import a map": a button-styled label around a visually hidden file input (so it is a native,
 * keyboard-reachable file picker). Disabled while a file uploads; focus comes back to it afterwards.
 */
export function ImportMapButton({ mapImport }: { mapImport: MapImport }) {
  const t = useT();
  const busy = mapImport.state.status === 'uploading';
  const inputRef = useRef<HTMLInputElement>(null);
  const wasBusy = useRef(false);
  // Disabling the focused input drops focus to the page; give it back when the upload ends.
  useEffect(() => {
    if (wasBusy.current && !busy && document.activeElement === document.body) inputRef.current?.focus();
    wasBusy.current = busy;
  }, [busy]);
  return (
    <>
      <label className={busy ? 'btn import-map-label is-busy' : 'btn import-map-label'}>
        <span aria-hidden="true">⤒</span> {t('home.import.button')}
        <input
          ref={inputRef}
          type="file"
          name="map-file"
          accept={ACCEPT}
          className="visually-hidden"
          disabled={busy}
          aria-describedby="import-map-hint"
          data-testid="import-map-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) uploads it again.
            event.target.value = '';
            if (file) void mapImport.importFile(file);
          }}
        />
      </label>
      <span id="import-map-hint" className="visually-hidden">
        {t('home.import.hint')}
      </span>
    </>
  );
}

/**
 * What the last import did, under the home heading: progress (a polite status), "nothing changed"
 * with a link to the map, the server's one-line error, or a stale workbook's conflict with
 * "Import anyway" and "Cancel". Focus moves to the conflict so its choice is the next Tab.
 */
export function ImportMapFeedback({ mapImport }: { mapImport: MapImport }) {
  const t = useT();
  const { state, importFile, reset } = mapImport;
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'stale') conflictRef.current?.focus();
  }, [state]);

  return (
    <div className="import-map-feedback" data-testid="import-map-feedback">
      <div role="status" className="import-map-status">
        {state.status === 'uploading' && (
          <p className="muted-line">{t('home.import.uploading', { file: isolate(state.fileName) })}</p>
        )}
        {state.status === 'unchanged' && (
          <p className="alert info" data-testid="import-map-unchanged">
            <span>
              {t('home.import.unchanged', { title: isolate(state.title), file: isolate(state.fileName) })}
            </span>
            <a className="btn" href={hrefOf({ name: 'map', id: state.journeyId })}>
              {t('home.import.open')}
            </a>
            <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={reset}>
              <span aria-hidden="true">✕</span>
            </button>
          </p>
        )}
      </div>
      {state.status === 'failed' && (
        <div className="alert error" role="alert" data-testid="import-map-error">
          <span>{state.offline ? t('common.serverError', { message: state.message }) : state.message}</span>
          <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={reset}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      )}
      {state.status === 'stale' && (
        <div
          ref={conflictRef}
          tabIndex={-1}
          className="alert warning import-map-conflict"
          role="alert"
          data-testid="import-map-conflict"
        >
          <div>
            <p>{state.message}</p>
            <p>{t('home.import.staleHint')}</p>
          </div>
          <div className="import-map-actions">
            <button type="button" className="btn primary" onClick={() => void importFile(state.file, true)}>
              {t('home.import.force')}
            </button>
            <button type="button" className="btn" onClick={reset}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
