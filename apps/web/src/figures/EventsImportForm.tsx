import { useState, type FormEvent } from 'react';
import type { EventsImportResult } from '@waymark/api';
import { useT } from '../i18n';
import { api, errorMessage } from '../lib/api';
import { useFormat } from './use-format';
import './tables.css';

/** Props of `EventsImportForm`. */
export interface EventsImportFormProps {
  /** Called after a successful import, so the figures reload. */
  onImported(result: EventsImportResult): void;
}

/** The column mapping fields, their form names and the server's default column. */
const COLUMNS = [
  ['userColumn', 'figures.import.user', 'user_id'],
  ['eventColumn', 'figures.import.event', 'event'],
  ['timeColumn', 'figures.import.time', 'timestamp'],
  ['channelColumn', 'figures.import.channel', 'channel'],
  ['sessionColumn', 'figures.import.session', 'session_id'],
] as const;

type ColumnName = (typeof COLUMNS)[number][0];

/**
 * Upload of an events file (CSV, gzipped CSV, NDJSON or Parquet) with the column mapping (user,
 * event, time, channel, session; blank means the default column) and what to do with bad rows:
 * `fail` loads nothing, `skip` loads the good rows. Shows what was imported and the bad rows.
 */
export function EventsImportForm({ onImported }: EventsImportFormProps) {
  const t = useT();
  const f = useFormat();
  const [file, setFile] = useState<File | undefined>();
  const [columns, setColumns] = useState<Record<ColumnName, string>>({
    userColumn: '',
    eventColumn: '',
    timeColumn: '',
    channelColumn: '',
    sessionColumn: '',
  });
  const [onError, setOnError] = useState<'fail' | 'skip'>('fail');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<EventsImportResult | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || busy) return;
    setBusy(true);
    setFailure(undefined);
    setResult(undefined);
    try {
      const mapping = Object.fromEntries(
        Object.entries(columns).flatMap(([key, value]) => (value.trim() ? [[key, value.trim()]] : [])),
      );
      const report = await api.events.import({ file, onError, ...mapping });
      setResult(report);
      if (report.inserted > 0) onImported(report);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="import-form" data-testid="events-import-form" onSubmit={(e) => void handleSubmit(e)}>
      <label className="field import-file">
        <span>{t('figures.import.file')}</span>
        <input
          className="input"
          type="file"
          name="file"
          accept=".csv,.gz,.ndjson,.jsonl,.parquet,text/csv,application/gzip"
          required
          onChange={(e) => setFile(e.target.files?.[0])}
        />
        <small className="muted">{t('figures.import.fileHint')}</small>
      </label>
      <fieldset className="import-columns">
        <legend>{t('figures.import.mapping')}</legend>
        {COLUMNS.map(([name, label, fallback]) => (
          <label key={name} className="field">
            <span>{t(label)}</span>
            <input
              className="input"
              name={name}
              value={columns[name]}
              placeholder={fallback}
              maxLength={200}
              dir="ltr"
              onChange={(e) => setColumns((c) => ({ ...c, [name]: e.target.value }))}
            />
          </label>
        ))}
      </fieldset>
      <div className="import-actions">
        <label className="field">
          <span>{t('figures.import.onError')}</span>
          <select
            className="select"
            name="onError"
            value={onError}
            onChange={(e) => setOnError(e.target.value === 'skip' ? 'skip' : 'fail')}
          >
            <option value="fail">{t('figures.import.onError.fail')}</option>
            <option value="skip">{t('figures.import.onError.skip')}</option>
          </select>
        </label>
        <button
          type="submit"
          className="btn primary"
          disabled={!file || busy}
          data-testid="events-import-submit"
        >
          {busy ? t('figures.import.importing') : t('figures.import.submit')}
        </button>
      </div>
      <div aria-live="polite">
        {failure && (
          <p className="alert error" role="alert" data-testid="events-import-error">
            {failure}
          </p>
        )}
        {result && (
          <div className="import-result" data-testid="events-import-result">
            <p className={`alert ${result.errors.length > 0 ? 'warning' : 'success'}`}>
              {t('figures.import.done', {
                file: result.file,
                rows: f.count(result.rows),
                inserted: f.count(result.inserted),
                duplicates: f.count(result.duplicates),
                skipped: f.count(result.skipped),
              })}
            </p>
            {result.errors.length > 0 && (
              <table className="data-table" data-testid="events-import-errors">
                <caption>{t('figures.import.errors')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('figures.col.row')}</th>
                    <th scope="col">{t('figures.col.column')}</th>
                    <th scope="col">{t('figures.col.value')}</th>
                    <th scope="col">{t('figures.col.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.errors.map((e) => (
                    <tr key={`${e.row}:${e.column}`}>
                      <td>{f.count(e.row)}</td>
                      <td>
                        <code>{e.column}</code>
                      </td>
                      <td>
                        <code>{e.value}</code>
                      </td>
                      <td>{e.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
