import { useEffect, useId, useMemo, useRef } from 'react';
import { diffJourneys, type Change, type Journey, type Persona } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { api, errorMessage } from '../lib/api';
import { useAsync } from '../lib/use-async';
import { ChangeSubject } from './ChangeSubject';
import { entityLabel, fieldLabel, valueText, type ChangeTextContext } from './change-text';
import { EditorContext, resolvePersonas, type EditorApi } from './EditorContext';
import { MapViewport } from './MapViewport';
import '../figures/tables.css';
import './revision-preview.css';

/** Props of `RevisionPreview`. */
export interface RevisionPreviewProps {
  journeyId: string;
  revision: number;
  /** The map as it is in the editor now (with any edits not saved yet). */
  current: Journey;
  workspacePersonas: readonly Persona[];
  /** Restores the revision (the editor saves the current map first, so it stays a revision). */
  onRestore(revision: number): void;
  onClose(): void;
}

/** The "now" and "then" cells of one change, from the current map to the revision. */
function cells(ctx: ChangeTextContext, change: Change): [string, string] {
  switch (change.kind) {
    case 'added':
      return [ctx.t('change.none'), change.name ?? ctx.t('change.element')];
    case 'removed':
      return [change.name ?? ctx.t('change.element'), ctx.t('change.none')];
    case 'moved':
      return [
        ctx.t('merge.position', { position: Number(change.before) + 1 }),
        ctx.t('merge.position', { position: Number(change.after) + 1 }),
      ];
    case 'changed':
      return [valueText(ctx, change.field, change.before), valueText(ctx, change.field, change.after)];
  }
}

/**
 * What a person sees before restoring a revision: the revision's map rendered read-only, and a
 * field-by-field diff (`diffJourneys` from the current map to the revision) that says, for each
 * change, what the map holds now and what it would hold after the restore. Restore saves the
 * current map first, so restoring never loses it.
 */
export function RevisionPreview(props: RevisionPreviewProps) {
  const { journeyId, revision, current, workspacePersonas, onRestore, onClose } = props;
  const t = useT();
  const { locale } = useLocale();
  const stored = useAsync(() => api.journeys.getRevision(journeyId, revision), `${journeyId}:${revision}`);
  const then = stored.status === 'done' ? stored.value.journey : undefined;
  const changes = useMemo(() => (then ? diffJourneys(current, then).changes : []), [current, then]);
  const readOnlyApi = useMemo<EditorApi | undefined>(
    () =>
      then && {
        edit: () => undefined,
        readOnly: true,
        locale,
        personas: resolvePersonas(then.personaIds, workspacePersonas),
      },
    [then, locale, workspacePersonas],
  );
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [revision]);
  const ctx: ChangeTextContext = { t, locale, journeys: then ? [current, then] : [current] };
  const title = t('history.previewOf', { revision });

  return (
    <section
      className="revision-preview"
      aria-labelledby={headingId}
      data-testid="revision-preview"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) onClose();
      }}
    >
      <header className="revision-preview-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <span className="badge">{t('split.readOnly')}</span>
        <button type="button" className="btn ghost" onClick={onClose}>
          {t('history.closePreview')}
        </button>
      </header>
      {stored.status === 'pending' && <p className="muted-line">{t('common.loading')}</p>}
      {stored.status === 'error' && <p className="alert error">{errorMessage(stored.error)}</p>}
      {then && readOnlyApi && (
        <>
          <p className="muted-line">{t('history.previewNote')}</p>
          <div className="revision-diff" data-testid="revision-diff">
            {changes.length === 0 ? (
              <p className="muted-line">{t('history.diffNone')}</p>
            ) : (
              <table className="data-table">
                <caption>{t('history.diffTitle', { count: changes.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('change.what')}</th>
                    <th scope="col">{t('history.diffNow')}</th>
                    <th scope="col">{t('history.diffThen', { revision })}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((change, index) => {
                    const [now, after] = cells(ctx, change);
                    const field = change.kind === 'changed' ? ` · ${fieldLabel(ctx, change.field)}` : '';
                    return (
                      <tr key={index} data-testid="revision-change" data-kind={change.kind}>
                        <th scope="row">
                          <ChangeSubject
                            lead={`${t(`change.kind.${change.kind}`)}: ${entityLabel(ctx, change.entity)}`}
                            name={change.name}
                            tail={field}
                          />
                        </th>
                        <td dir="auto">{now}</td>
                        <td dir="auto">{after}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </div>
          <div className="revision-preview-actions">
            <span className="muted-line">{t('history.restoreKeeps')}</span>
            <button
              type="button"
              className="btn primary"
              data-testid="restore-revision"
              onClick={() => onRestore(revision)}
            >
              {t('history.restoreThis', { revision })}
            </button>
          </div>
          <EditorContext.Provider value={readOnlyApi}>
            <MapViewport journey={then} label={title} />
          </EditorContext.Provider>
        </>
      )}
    </section>
  );
}
